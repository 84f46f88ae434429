import { useEffect, useRef, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../graphql';
import { humanize } from '../lib/evidence';
import { sourcePath } from '../lib/links';
import { QueryState } from './query-state';

export const SOURCES_PAGE_SIZE = 50;

export const SourcesChunkQuery = graphql(`
  query SourcesChunk($text: String, $first: Int!, $after: String) {
    sources(filter: { text: $text, partialLastWord: true }, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          slug
          title
          kind
          authors
          commercialInterest
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface Props {
  text: string | null;
  after: string | null;
  isLast: boolean;
  onLoadMore: (cursor: string) => void;
}

/** One page of the sources list; the last page offers "Show more sources". */
export function SourcesChunk({ text, after, isLast, onLoadMore }: Props) {
  const query = useQuery({ query: SourcesChunkQuery, variables: { text, first: SOURCES_PAGE_SIZE, after } });
  const firstLink = useRef<HTMLAnchorElement>(null);
  const edges = query[0].data?.sources.edges;
  // A page loaded by "Show more" takes the focus, so a keyboard user carries on where the new items start.
  useEffect(() => {
    if (after !== null && edges && edges.length > 0) firstLink.current?.focus();
  }, [after, edges]);

  return (
    <QueryState query={query} loading="Loading sources…" what="The sources" select={(data) => data.sources}>
      {(sources) => (
        <SourcesChunkList
          sources={sources}
          text={text}
          first={after === null}
          isLast={isLast}
          onLoadMore={onLoadMore}
          firstLink={firstLink}
        />
      )}
    </QueryState>
  );
}

function SourcesChunkList({
  sources,
  text,
  first,
  isLast,
  onLoadMore,
  firstLink,
}: {
  sources: ResultOf<typeof SourcesChunkQuery>['sources'];
  text: string | null;
  first: boolean;
  isLast: boolean;
  onLoadMore: (cursor: string) => void;
  firstLink: RefObject<HTMLAnchorElement | null>;
}) {
  const edges = sources.edges;
  if (edges.length === 0 && first)
    return (
      <p className="notice" role="status">
        {text ? `No source’s title or publisher holds “${text}”.` : 'The base holds no sources yet.'}
      </p>
    );
  const { hasNextPage, endCursor } = sources.pageInfo;
  return (
    <>
      {first && (
        <p className="muted" role="status">
          {sources.totalCount.toLocaleString('en')} {sources.totalCount === 1 ? 'source' : 'sources'}
          {text ? ` match “${text}”, best match first` : ''}
        </p>
      )}
      <ul className="source-list">
        {edges.map(({ node: s }, i) => (
          <li key={s.id}>
            <span className="source-title">
              <Link to={sourcePath(s.slug)} ref={i === 0 ? firstLink : undefined}>
                {s.title}
              </Link>
            </span>
            <span className="source-kind">{humanize(s.kind)}</span>
            {s.authors.length > 0 && <span className="source-authors">by {s.authors.join(', ')}</span>}
            {s.commercialInterest && (
              <span className="flag-commercial">
                <span aria-hidden="true">$ </span>commercial interest
              </span>
            )}
          </li>
        ))}
      </ul>
      {isLast && hasNextPage && endCursor && (
        <button type="button" className="load-more" onClick={() => onLoadMore(endCursor)}>
          Show more sources
        </button>
      )}
    </>
  );
}
