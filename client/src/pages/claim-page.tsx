import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { AssertionCard, AssertionCardFields } from '../components/assertion-card';
import { CiteDisclosure } from '../components/cite-disclosure';
import { ClaimHistory } from '../components/claim-history';
import { ClaimSyndication } from '../components/claim-syndication';
import { ConsensusBadge, ConsensusFields } from '../components/consensus-badge';
import { ConsensusSentence } from '../components/consensus-sentence';
import { CopyButton } from '../components/copy-button';
import { NotFoundNotice, QueryState } from '../components/query-state';
import { StanceGroup, StanceGroupFields } from '../components/stance-group';
import { graphql, readFragment, type ResultOf } from '../graphql';
import { assertionElementId, assertionGlobalId } from '../lib/anchors';
import { STANCES, STATUS_INFO, type Stance } from '../lib/evidence';
import { PAGES, claimPath } from '../lib/links';

export const ClaimPageQuery = graphql(
  `
    query ClaimPage($slug: ID!) {
      claim(id: $slug) {
        id
        slug
        statement
        topics
        permalink
        feedUrl
        badgeUrl
        badgeHtml
        consensus {
          ...ConsensusFields
        }
        refines {
          id
          slug
          statement
        }
        conflictsWith {
          id
          slug
          statement
          consensus {
            status
          }
        }
        supports: assertionsWithStance(stance: SUPPORTS, first: 20) {
          edges {
            node {
              id
            }
          }
          ...StanceGroupFields
        }
        contradicts: assertionsWithStance(stance: CONTRADICTS, first: 20) {
          edges {
            node {
              id
            }
          }
          ...StanceGroupFields
        }
        qualifies: assertionsWithStance(stance: QUALIFIES, first: 20) {
          edges {
            node {
              id
            }
          }
          ...StanceGroupFields
        }
      }
    }
  `,
  [ConsensusFields, StanceGroupFields],
);

/** The assertion a permalink points to, when it lies beyond the first page of its stance. */
export const LinkedAssertionQuery = graphql(
  `
    query LinkedAssertion($id: ID!) {
      node(id: $id) {
        id
        ... on Assertion {
          claim {
            slug
          }
          ...AssertionCardFields
        }
      }
    }
  `,
  [AssertionCardFields],
);

const GROUP_OF: Record<Stance, 'supports' | 'contradicts' | 'qualifies'> = {
  SUPPORTS: 'supports',
  CONTRADICTS: 'contradicts',
  QUALIFIES: 'qualifies',
};
const SOURCES_OF: Record<Stance, 'supporting' | 'contradicting' | 'qualifying'> = {
  SUPPORTS: 'supporting',
  CONTRADICTS: 'contradicting',
  QUALIFIES: 'qualifying',
};

/** /claims/:slug: a claim, its consensus in a sentence, and every source's graded quote grouped by stance. */
export function ClaimPage() {
  const { slug = '' } = useParams();
  const { hash } = useLocation();
  const query = useQuery({ query: ClaimPageQuery, variables: { slug } });
  const claim = query[0].data?.claim;
  const target = decodeURIComponent(hash.replace(/^#/, ''));

  // The assertions arrive after the page does, so the browser cannot scroll to the fragment by itself.
  useEffect(() => {
    if (!target || !claim) return;
    const element = document.getElementById(target);
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [target, claim]);

  return (
    <QueryState
      query={query}
      loading="Loading the claim…"
      what="The claim"
      select={(data) => data.claim}
      notFound={<NotFoundNotice what="claim" back={{ to: PAGES.claims, label: 'Browse all claims' }} />}
    >
      {(found) => <ClaimArticle claim={found} target={target} />}
    </QueryState>
  );
}

type ClaimData = NonNullable<ResultOf<typeof ClaimPageQuery>['claim']>;

function ClaimArticle({ claim, target }: { claim: ClaimData; target: string }) {
  const loaded = STANCES.flatMap((stance) => claim[GROUP_OF[stance]].edges.map((e) => e.node));
  const targetAssertion = loaded.find((a) => assertionElementId(a.id) === target);
  const linkedKey = target.startsWith('assertion-') && !targetAssertion ? target.slice('assertion-'.length) : null;
  const c = readFragment(ConsensusFields, claim.consensus);
  return (
    <article className="claim-page" aria-labelledby="claim-heading">
      <title>{`${claim.statement} — claimgraph`}</title>
      <p className="breadcrumb">
        <Link to={PAGES.claims}>← All claims</Link>
      </p>
      <p className="eyebrow">Claim{claim.topics.length > 0 && <> · {claim.topics.join(' · ')}</>}</p>
      <h1 id="claim-heading">{claim.statement}</h1>
      <div className={`consensus-box status-box-${c.status.toLowerCase()}`}>
        <ConsensusBadge status={c.status} />
        <ConsensusSentence consensus={c} />
      </div>
      <p className="muted status-rule">
        {STATUS_INFO[c.status].label} means {STATUS_INFO[c.status].explanation}.
      </p>
      {claim.refines && (
        <p>
          Narrows the broader claim <Link to={claimPath(claim.refines.slug)}>{claim.refines.statement}</Link>.
        </p>
      )}
      {claim.conflictsWith.length > 0 && (
        <section aria-labelledby="conflicts-heading" className="conflicts">
          <h2 id="conflicts-heading">
            <span aria-hidden="true">⚔ </span>Conflicts with
          </h2>
          <ul>
            {claim.conflictsWith.map((other) => (
              <li key={other.id}>
                <Link to={claimPath(other.slug)}>{other.statement}</Link>{' '}
                <ConsensusBadge status={other.consensus.status} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="claim-actions">
        <CopyButton text={claim.permalink} label="Copy link to this claim" />
        <CiteDisclosure kind="claim" id={claim.slug} label="Cite this claim" />
      </div>
      {linkedKey && <LinkedAssertion assertionKey={linkedKey} claimSlug={claim.slug} />}
      {loaded.length === 0 ? (
        <p className="notice">No source speaks to this claim yet.</p>
      ) : (
        STANCES.map((stance) => {
          const firstPage = claim[GROUP_OF[stance]];
          return (
            firstPage.edges.length > 0 && (
              <StanceGroup
                key={stance}
                claimSlug={claim.slug}
                stance={stance}
                sourceCount={c[SOURCES_OF[stance]]}
                firstPage={firstPage}
                targetId={targetAssertion?.id ?? ''}
              />
            )
          );
        })
      )}
      <ClaimSyndication
        statement={claim.statement}
        feedUrl={claim.feedUrl}
        badgeUrl={claim.badgeUrl}
        badgeHtml={claim.badgeHtml}
      />
      <ClaimHistory slug={claim.slug} />
    </article>
  );
}

/** A permalinked passage beyond the first pages, shown above the groups so the link lands on it. */
function LinkedAssertion({ assertionKey, claimSlug }: { assertionKey: string; claimSlug: string }) {
  const [{ data }] = useQuery({ query: LinkedAssertionQuery, variables: { id: assertionGlobalId(assertionKey) } });
  const node = data?.node && 'claim' in data.node && data.node.claim.slug === claimSlug ? data.node : null;
  useEffect(() => {
    const element = node ? document.getElementById(`assertion-${assertionKey}`) : null;
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [node, assertionKey]);
  if (!node) return null;
  return (
    <section aria-labelledby="linked-heading" className="linked-assertion">
      <h2 id="linked-heading">The passage this link points to</h2>
      <AssertionCard assertion={node} targeted />
    </section>
  );
}
