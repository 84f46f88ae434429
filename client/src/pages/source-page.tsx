import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { AssertionCreateForm } from '../components/assertion-create-form';
import { CommercialBanner } from '../components/commercial-banner';
import { JamaBenchmarks, JamaFields } from '../components/jama-benchmarks';
import { NotFoundNotice, QueryState } from '../components/query-state';
import { OrphanedAssertionFields, OrphanedAssertions } from '../components/orphaned-assertions';
import { SourceText, SourceTextFields } from '../components/source-text';
import { graphql, type ResultOf } from '../graphql';
import { useCuratorSession } from '../lib/curator-session';
import { humanize, STANCE_INFO, STANCES } from '../lib/evidence';
import { PAGES } from '../lib/links';

export const SourcePageQuery = graphql(
  `
    query SourcePage($slug: ID!) {
      source(id: $slug) {
        id
        slug
        title
        kind
        authors
        publisher
        publishedAt
        url
        commercialInterest
        commercialInterestEvidence {
          exact
        }
        jama {
          ...JamaFields
        }
        text
        assertions {
          anchorState
          ...OrphanedAssertionFields
        }
        ...SourceTextFields
      }
    }
  `,
  [JamaFields, OrphanedAssertionFields, SourceTextFields],
);

/** /sources/:slug: the source's full text, verbatim, with every assertion highlighted where it stands; curators attach new ones by selecting. */
export function SourcePage() {
  const { slug = '' } = useParams();
  const query = useQuery({ query: SourcePageQuery, variables: { slug } });
  return (
    <QueryState
      query={query}
      loading="Loading the source…"
      what="The source"
      select={(data) => data.source}
      notFound={<NotFoundNotice what="source" back={{ to: PAGES.sources, label: 'Browse all sources' }} />}
    >
      {(source) => <SourceArticle source={source} />}
    </QueryState>
  );
}

function SourceArticle({ source }: { source: NonNullable<ResultOf<typeof SourcePageQuery>['source']> }) {
  const { token } = useCuratorSession();
  const [passage, setPassage] = useState<{ start: number; end: number; exact: string } | null>(null);
  const [done, setDone] = useState('');
  const anchored = source.assertions.filter((a) => a.anchorState !== 'ORPHANED');
  const select = (start: number, end: number) => {
    setDone('');
    setPassage({ start, end, exact: source.text.slice(start, end) });
  };
  return (
    <article className="source-page" aria-labelledby="source-heading">
      <title>{`${source.title} — claimgraph`}</title>
      <p className="breadcrumb">
        <Link to={PAGES.sources}>← All sources</Link>
      </p>
      {source.commercialInterest && <CommercialBanner evidence={source.commercialInterestEvidence?.exact ?? null} />}
      <p className="eyebrow">{humanize(source.kind)}</p>
      <h1 id="source-heading">{source.title}</h1>
      <p className="source-meta">
        {source.authors.length > 0 ? (
          <>By {source.authors.join(', ')}</>
        ) : (
          <span className="muted">No author named</span>
        )}
        {source.publisher && <> · {source.publisher}</>}
        {source.publishedAt && <> · {source.publishedAt}</>}
        {source.url && (
          <>
            {' '}
            · <a href={source.url}>original page</a>
          </>
        )}
      </p>
      <JamaBenchmarks jama={source.jama} />
      <p className="muted source-legend">
        {anchored.length} highlighted {anchored.length === 1 ? 'passage' : 'passages'}; select one to read it on its
        claim&apos;s page.{' '}
        {STANCES.map((s) => (
          <span key={s} className={`hl hl-${s.toLowerCase()} legend-swatch`}>
            <span aria-hidden="true">{STANCE_INFO[s].icon} </span>
            {STANCE_INFO[s].label}
          </span>
        ))}
      </p>
      {token && (
        <p className="curate-hint" role="note">
          <span aria-hidden="true">✎ </span>Curator mode: select a passage in the text to attach it to a claim.
        </p>
      )}
      {done && (
        <p role="status" className="notice curate-done">
          <span aria-hidden="true">✓ </span>
          {done}
        </p>
      )}
      <div className={`source-body${token && passage ? ' with-form' : ''}`}>
        <SourceText data={source} onSelectPassage={token ? select : undefined} />
        {token && passage && (
          <AssertionCreateForm
            key={`${passage.start}-${passage.end}`}
            sourceSlug={source.slug}
            passage={passage}
            onCancel={() => setPassage(null)}
            onDone={(message) => {
              setPassage(null);
              setDone(message);
            }}
          />
        )}
      </div>
      <OrphanedAssertions assertions={source.assertions.filter((a) => a.anchorState === 'ORPHANED')} />
    </article>
  );
}
