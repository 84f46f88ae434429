import { useState } from 'react';
import { graphql, readFragment, type FragmentOf } from '../graphql';
import { STANCE_INFO, type Stance } from '../lib/evidence';
import { AssertionCard, AssertionCardFields } from './assertion-card';
import { AssertionPageChunk } from './assertion-page-chunk';

/** The first page of a stance's assertions, as the claim page asks for it (strongest grade first, server-ordered). */
export const StanceGroupFields = graphql(
  `
    fragment StanceGroupFields on ClaimAssertionConnection {
      totalCount
      edges {
        node {
          id
          ...AssertionCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  `,
  [AssertionCardFields],
);

export const STANCE_PAGE_SIZE = 20;

interface Props {
  claimSlug: string;
  stance: Stance;
  /** Distinct sources taking this stance, from the claim's consensus. */
  sourceCount: number;
  firstPage: FragmentOf<typeof StanceGroupFields>;
  targetId: string;
}

/** The assertions that take one stance on the claim, strongest grade first, a page at a time. */
export function StanceGroup({ claimSlug, stance, sourceCount, targetId, ...props }: Props) {
  const firstPage = readFragment(StanceGroupFields, props.firstPage);
  const [cursors, setCursors] = useState<string[]>([]);
  const info = STANCE_INFO[stance];
  const headingId = `group-${stance.toLowerCase()}`;
  const { totalCount } = firstPage;
  const more = (cursor: string) => setCursors((prev) => [...prev, cursor]);
  return (
    <section className={`stance-group group-${stance.toLowerCase()}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span aria-hidden="true" className="stance-icon">
          {info.icon}
        </span>{' '}
        {info.label}{' '}
        <span className="group-count">
          ({totalCount.toLocaleString('en')} {totalCount === 1 ? 'passage' : 'passages'} from{' '}
          {sourceCount.toLocaleString('en')} {sourceCount === 1 ? 'source' : 'sources'})
        </span>
      </h2>
      {firstPage.edges.map(({ node }) => (
        <AssertionCard key={node.id} assertion={node} targeted={targetId === node.id} />
      ))}
      {firstPage.pageInfo.hasNextPage && cursors.length === 0 && firstPage.pageInfo.endCursor && (
        <MoreButton
          stanceLabel={info.label}
          shown={firstPage.edges.length}
          total={totalCount}
          onClick={() => more(firstPage.pageInfo.endCursor!)}
        />
      )}
      {cursors.map((after, i) => (
        <AssertionPageChunk
          key={after}
          claimSlug={claimSlug}
          stance={stance}
          after={after}
          pageSize={STANCE_PAGE_SIZE}
          targetId={targetId}
          renderMore={
            i === cursors.length - 1
              ? (endCursor) => (
                  <MoreButton
                    stanceLabel={info.label}
                    shown={firstPage.edges.length + (i + 1) * STANCE_PAGE_SIZE}
                    total={totalCount}
                    onClick={() => more(endCursor)}
                  />
                )
              : undefined
          }
        />
      ))}
    </section>
  );
}

function MoreButton({
  stanceLabel,
  shown,
  total,
  onClick,
}: {
  stanceLabel: string;
  shown: number;
  total: number;
  onClick: () => void;
}) {
  return (
    <p className="load-more">
      <button type="button" onClick={onClick}>
        Show more “{stanceLabel}” passages
      </button>{' '}
      <span className="muted">
        ({shown.toLocaleString('en')} of {total.toLocaleString('en')} shown)
      </span>
    </p>
  );
}
