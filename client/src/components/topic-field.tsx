import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { useDebounced } from '../lib/use-debounced';
import { Combobox } from './combobox';

/** As many topics as a select can offer at once; a base with more gets a field that searches them. */
const TOPICS_IN_A_SELECT = 200;

export const TopicChoicesQuery = graphql(`
  query TopicChoices($first: Int!, $text: String) {
    topics(first: $first, filter: { text: $text }) {
      edges {
        node {
          name
          claimCount
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const topicLabel = (name: string) => name.replace(/-/g, ' ');

interface Props {
  label?: string;
  /** The topic chosen, '' for none. */
  value: string;
  onChange: (topic: string) => void;
  anyLabel?: string;
}

/** The topics from their own query: a select of every topic, or a field that searches them where there are more than a select holds. */
export function TopicField({ label = 'Topic', value, onChange, anyLabel = 'Any topic' }: Props) {
  const id = useId();
  const [{ data }] = useQuery({ query: TopicChoicesQuery, variables: { first: TOPICS_IN_A_SELECT, text: null } });
  const [text, setText] = useState('');
  const typed = useDebounced(text.trim());
  const many = data?.topics.pageInfo.hasNextPage ?? false;
  const [{ data: found, fetching }] = useQuery({
    query: TopicChoicesQuery,
    variables: { first: 10, text: typed },
    pause: !many || typed === '',
  });
  if (many) {
    return (
      <Combobox
        label={label}
        placeholder="Type a topic"
        initialText={value ? topicLabel(value) : ''}
        options={(typed === '' ? [] : (found?.topics.edges ?? [])).map(({ node }) => ({
          value: node.name,
          label: topicLabel(node.name),
          detail: `${node.claimCount} claims`,
        }))}
        searching={fetching || typed !== text.trim()}
        onTextChange={(next) => {
          setText(next);
          if (next.trim() === '') onChange('');
        }}
        onChoose={(option) => onChange(option.value)}
      />
    );
  }
  const topics = data?.topics.edges.map((e) => e.node) ?? [];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel}</option>
        {/* The chosen topic stays selectable while the list loads. */}
        {value && !topics.some((t) => t.name === value) && <option value={value}>{topicLabel(value)}</option>}
        {topics.map((t) => (
          <option key={t.name} value={t.name}>
            {topicLabel(t.name)} ({t.claimCount})
          </option>
        ))}
      </select>
    </div>
  );
}
