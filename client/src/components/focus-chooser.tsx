import { useId, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { neighbourhoodVariables, withFocus, type FocusParam } from '../lib/neighbourhood-params';
import { ClaimPicker } from './claim-picker';
import { SourcePicker } from './source-picker';
import { TopicField, topicLabel } from './topic-field';

interface Props {
  /** What the view is called in "Show … around": "matrix", "graph". */
  view: string;
  /** The label of the claim or source chosen, once the view knows it. */
  chosenLabel: string | null;
}

/** Where the matrix or the graph starts: a topic, words, a claim or a source, one at a time, kept in the URL. */
export function FocusChooser({ view, chosenLabel }: Props) {
  const id = useId();
  const words = useRef<HTMLInputElement>(null);
  const [params, setParams] = useSearchParams();
  const { around } = neighbourhoodVariables(params);
  const choose = (name: FocusParam | null, value: string) => setParams(withFocus(params, name, value));
  const described = around?.topic
    ? `the claims of the topic “${topicLabel(around.topic)}”`
    : around?.text
      ? `the claims that best match “${around.text}”`
      : around?.claimId
        ? `the claim “${chosenLabel ?? around.claimId}”, its sources and what else they address`
        : around?.sourceId
          ? `the source “${chosenLabel ?? around.sourceId}”, its claims and the other sources on them`
          : 'the claims most sources address';
  return (
    <section className="focus-chooser" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="focus-heading">
        Start the {view} from
      </h2>
      <form className="filters" aria-label={`Start the ${view} from`} onSubmit={(e) => e.preventDefault()}>
        <TopicField
          value={around?.topic ?? ''}
          onChange={(topic) => choose('topic', topic)}
          anyLabel="Choose a topic…"
        />
        <div className="field field-text">
          <label htmlFor={`${id}-words`}>Words</label>
          <span className="search-row">
            <input
              ref={words}
              id={`${id}-words`}
              key={around?.text ?? ''}
              type="search"
              name="q"
              defaultValue={around?.text ?? ''}
              placeholder="e.g. collagen"
              onKeyDown={(e) => {
                if (e.key === 'Enter') choose('q', e.currentTarget.value.trim());
              }}
            />
            <button type="button" onClick={() => choose('q', words.current?.value.trim() ?? '')}>
              Show
            </button>
          </span>
        </div>
        <ClaimPicker
          key={`claim-${around?.claimId ?? ''}`}
          label="A claim"
          initialText={around?.claimId ? (chosenLabel ?? '') : ''}
          onChoose={(claim) => choose('claim', claim.slug)}
        />
        <SourcePicker
          key={`source-${around?.sourceId ?? ''}`}
          label="A source"
          initialText={around?.sourceId ? (chosenLabel ?? '') : ''}
          onChoose={(source) => choose('source', source.slug)}
        />
      </form>
      <p className="focus-now">
        Showing {described}.{' '}
        {around && (
          <Link to={{ search: withFocus(params, null, '').toString() }} replace>
            Start again from the claims most sources address
          </Link>
        )}
      </p>
    </section>
  );
}
