import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { ErrorNotice } from '../components/error-notice';
import { GradeBadge } from '../components/grade-badge';
import { ProposalCard, ProposalCardFields } from '../components/proposal-card';
import { NotFoundNotice, QueryState } from '../components/query-state';
import { ReviewSignIn } from '../components/review-sign-in';
import { graphql, type ResultOf } from '../graphql';
import { useCuratorSession } from '../lib/curator-session';
import { humanize } from '../lib/evidence';
import { shortQuote, type Decision } from '../lib/proposal-decision';
import { assertionPath, PAGES, sourcePath } from '../lib/links';

export const ReviewSourceQuery = graphql(
  `
    query ReviewSource($id: ID!) {
      source(id: $id) {
        id
        slug
        title
        kind
        assertions {
          id
          quote {
            start
            end
          }
          claim {
            id
            slug
            statement
          }
        }
        proposals {
          id
          quote {
            start
            end
          }
          ...ProposalCardFields
        }
      }
    }
  `,
  [ProposalCardFields],
);

const waiting = (n: number) => (n === 1 ? '1 proposal waits for review.' : `${n} proposals wait for review.`);

/** /review/:id: one source's pending proposals, each accepted as proposed, edited then accepted, or rejected. */
export function ReviewSourcePage() {
  const { id = '' } = useParams();
  const { token } = useCuratorSession();
  const query = useQuery({ query: ReviewSourceQuery, variables: { id } });
  const [{ error }, reexecute] = query;
  // Kept with the source it was made on: the page stays mounted from one /review/:id to the next.
  const [decision, setDecision] = useState<{ on: string; decision: Decision } | null>(null);
  const status = useRef<HTMLDivElement>(null);

  const decided = (next: Decision) => {
    setDecision({ on: id, decision: next });
    // The card leaves the list: read the proposals again from the server, and keep the focus on the outcome.
    reexecute({ requestPolicy: 'network-only' });
    status.current?.focus();
  };

  return (
    <QueryState
      query={query}
      loading="Loading the proposals…"
      what="The proposals"
      select={(data) => data.source}
      notFound={<NotFoundNotice what="source" back={{ to: PAGES.review, label: 'Back to the review queue' }} />}
      keepDataOnError
    >
      {(source) => {
        const { alternatives, accepted } = byPassage(source);
        return (
          <article className="review-source-page" aria-labelledby="review-source-heading">
            <title>{`Review: ${source.title} — claimgraph`}</title>
            <p className="breadcrumb">
              <Link to={PAGES.review}>← Review queue</Link>
            </p>
            <p className="eyebrow">{humanize(source.kind)}</p>
            <h1 id="review-source-heading">{source.title}</h1>
            <p className="review-source-meta">
              <strong>{waiting(source.proposals.length)}</strong>{' '}
              <Link to={sourcePath(source.slug)}>Read the whole source</Link>.
            </p>
            {!token && <ReviewSignIn />}
            <div ref={status} tabIndex={-1} role="status" aria-live="polite" className="review-status">
              {decision?.on === id && <DecisionMessage decision={decision.decision} />}
            </div>
            {error && <ErrorNotice what="The latest proposals" error={error} reexecute={reexecute} />}
            {source.proposals.length === 0 ? (
              <p className="notice review-empty">
                <span aria-hidden="true">✓ </span>Nothing waits for review here.{' '}
                <Link to={PAGES.review}>Back to the review queue</Link>.
              </p>
            ) : (
              <div className="proposal-list">
                {source.proposals.map((p, i) => (
                  <ProposalCard
                    key={p.id}
                    proposal={p}
                    position={i + 1}
                    alternatives={alternatives(p.quote)}
                    acceptedFor={accepted(p.quote)}
                    onDecided={token ? decided : undefined}
                  />
                ))}
              </div>
            )}
          </article>
        );
      }}
    </QueryState>
  );
}

/** How many proposals share each passage, and the claims already accepted for it: each card says so. */
function byPassage(source: NonNullable<ResultOf<typeof ReviewSourceQuery>['source']>) {
  const passage = (q: { start: number; end: number }) => `${q.start}-${q.end}`;
  const alternatives = new Map<string, number>();
  for (const p of source.proposals) alternatives.set(passage(p.quote), (alternatives.get(passage(p.quote)) ?? 0) + 1);
  const accepted = new Map<string, { slug: string; statement: string }[]>();
  for (const a of source.assertions)
    accepted.set(passage(a.quote), [...(accepted.get(passage(a.quote)) ?? []), a.claim]);
  return {
    alternatives: (q: { start: number; end: number }) => alternatives.get(passage(q)) ?? 1,
    accepted: (q: { start: number; end: number }) => accepted.get(passage(q)) ?? [],
  };
}

function DecisionMessage({ decision }: { decision: Decision }) {
  if (decision.kind === 'rejected') {
    return (
      <p className="notice review-done">
        <span aria-hidden="true">✗ </span>Rejected: {shortQuote(decision.exact)} (“{decision.reason}”).
      </p>
    );
  }
  return (
    <p className="notice review-done">
      <span aria-hidden="true">✓ </span>Accepted: now an assertion of{' '}
      <Link to={assertionPath(decision.claim.slug, decision.assertionId)}>{decision.claim.statement}</Link>, graded{' '}
      <GradeBadge grade={decision.grade} />.
    </p>
  );
}
