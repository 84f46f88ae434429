import { useId, useState } from 'react';
import { gql, useQuery } from 'urql';
import { CopyButton } from './copy-button';
import { ErrorNotice } from './error-notice';

type CitationFormat = 'AMA' | 'VANCOUVER' | 'BIBTEX' | 'RIS' | 'CSL_JSON';

const FORMATS: [CitationFormat, string][] = [
  ['AMA', 'AMA'],
  ['VANCOUVER', 'Vancouver'],
  ['BIBTEX', 'BibTeX'],
  ['RIS', 'RIS'],
  ['CSL_JSON', 'CSL-JSON'],
];

const AssertionCitationQuery = gql`
  query AssertionCitation($id: ID!, $format: CitationFormat!) {
    node(id: $id) {
      id
      ... on Assertion {
        citation(format: $format)
      }
    }
  }
`;

const ClaimCitationQuery = gql`
  query ClaimCitation($id: ID!, $format: CitationFormat!) {
    claim(id: $id) {
      id
      citation(format: $format)
    }
  }
`;

interface CitationData {
  node?: { id: string; citation?: string } | null;
  claim?: { id: string; citation: string } | null;
}

interface CitationVariables {
  id: string;
  format: CitationFormat;
}

/**
 * A citation of an assertion (source + quote + grade) or of a claim (with its consensus) in the
 * chosen format, in a read-only text area with a Copy button.
 */
export function CiteControl({ kind, id }: { kind: 'assertion' | 'claim'; id: string }) {
  const [format, setFormat] = useState<CitationFormat>('AMA');
  const [{ data, fetching, error }] = useQuery<CitationData, CitationVariables>({
    query: kind === 'assertion' ? AssertionCitationQuery : ClaimCitationQuery,
    variables: { id, format },
  });
  const uid = useId();
  const text = (kind === 'assertion' ? data?.node?.citation : data?.claim?.citation) ?? '';
  return (
    <div className="cite">
      <div className="field">
        <label htmlFor={`${uid}-format`}>Citation format</label>
        <select id={`${uid}-format`} value={format} onChange={(e) => setFormat(e.target.value as CitationFormat)}>
          {FORMATS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <ErrorNotice what="The citation" error={error} />
      ) : (
        <>
          <label htmlFor={`${uid}-text`} className="visually-hidden">
            Citation text
          </label>
          <textarea
            id={`${uid}-text`}
            className="cite-text"
            readOnly
            rows={format === 'AMA' || format === 'VANCOUVER' ? 5 : 10}
            value={fetching && !text ? 'Loading the citation…' : text}
            aria-busy={fetching}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton text={text} label="Copy citation" />
        </>
      )}
    </div>
  );
}
