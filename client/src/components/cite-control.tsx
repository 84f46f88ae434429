import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { graphql, type ResultOf, type VariablesOf } from '../graphql';
import { CopyButton } from './copy-button';
import { CitationFormat } from '../schema-enums';
import { ErrorNotice } from './error-notice';

export const AssertionCitationQuery = graphql(`
  query AssertionCitation($id: ID!, $format: CitationFormat!) {
    node(id: $id) {
      id
      ... on Assertion {
        citation(format: $format)
      }
    }
  }
`);

export const ClaimCitationQuery = graphql(`
  query ClaimCitation($id: ID!, $format: CitationFormat!) {
    claim(id: $id) {
      id
      citation(format: $format)
    }
  }
`);

type CitationResult = ResultOf<typeof AssertionCitationQuery> | ResultOf<typeof ClaimCitationQuery>;

const FORMAT_LABELS: Record<CitationFormat, string> = {
  AMA: 'AMA',
  VANCOUVER: 'Vancouver',
  CSL_JSON: 'CSL-JSON',
  BIBTEX: 'BibTeX',
  RIS: 'RIS',
};

/** The citation in either document's answer (`node(id:)` answers any Node; only an Assertion has one). */
function citationText(data: CitationResult | undefined): string {
  if (!data) return '';
  const cited = 'claim' in data ? data.claim : data.node;
  return cited && 'citation' in cited ? cited.citation : '';
}

/**
 * A citation of an assertion (source + quote + grade) or of a claim (with its consensus) in the
 * chosen format, in a read-only text area with a Copy button.
 */
export function CiteControl({ kind, id }: { kind: 'assertion' | 'claim'; id: string }) {
  const [format, setFormat] = useState<CitationFormat>('AMA');
  // The two documents differ in shape, so the result is typed as either, not inferred from the first.
  const [{ data, fetching, error }] = useQuery<CitationResult, VariablesOf<typeof ClaimCitationQuery>>({
    query: kind === 'assertion' ? AssertionCitationQuery : ClaimCitationQuery,
    variables: { id, format },
  });
  const uid = useId();
  const text = citationText(data);
  return (
    <div className="cite">
      <div className="field">
        <label htmlFor={`${uid}-format`}>Citation format</label>
        <select id={`${uid}-format`} value={format} onChange={(e) => setFormat(e.target.value as CitationFormat)}>
          {CitationFormat.map((value) => (
            <option key={value} value={value}>
              {FORMAT_LABELS[value]}
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
