import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { IngestForm } from '../components/ingest-form';
import { QueryState } from '../components/query-state';
import { ReviewSignIn } from '../components/review-sign-in';
import { graphql } from '../graphql';
import { useCuratorSession } from '../lib/curator-session';
import { humanize } from '../lib/evidence';
import { reviewPath } from '../lib/links';

export const ReviewQueueQuery = graphql(`
  query ReviewQueue {
    reviewQueue {
      pendingProposals
      source {
        id
        slug
        title
        kind
      }
    }
  }
`);

const proposals = (n: number) => `${n} ${n === 1 ? 'proposal waits' : 'proposals wait'}`;

/** /review: a curator ingests a document for the grading assistant, and picks a source whose proposals wait for review. */
export function ReviewPage() {
  const { token } = useCuratorSession();
  return (
    <section className="review-page" aria-labelledby="review-heading">
      <title>Review — claimgraph</title>
      <h1 id="review-heading">Review the grading assistant&apos;s proposals</h1>
      <p className="lede">
        A new document goes to the grading assistant, which proposes assertions: a passage, the claim it is about, a
        stance and a grade. Each waits here until a curator accepts it (as proposed or edited) or rejects it.
      </p>
      {token ? <IngestForm /> : <ReviewSignIn />}
      <ReviewQueueList />
    </section>
  );
}

function ReviewQueueList() {
  // Counts change with every decision on another page: always asked again, shown from the cache meanwhile.
  const query = useQuery({ query: ReviewQueueQuery, requestPolicy: 'cache-and-network' });
  return (
    <section className="review-queue" aria-labelledby="queue-heading">
      <h2 id="queue-heading">Waiting for review</h2>
      <QueryState query={query} loading="Loading the review queue…" what="The review queue">
        {({ reviewQueue }) =>
          reviewQueue.length === 0 ? (
            <p className="notice review-empty">
              <span aria-hidden="true">✓ </span>Nothing waits for review: every proposal has been accepted or rejected.
            </p>
          ) : (
            <ul className="queue-list">
              {reviewQueue.map((item) => (
                <li key={item.source.id}>
                  <Link to={reviewPath(item.source.slug)} className="queue-title">
                    {item.source.title}
                  </Link>
                  <span className="source-kind">{humanize(item.source.kind)}</span>
                  <span className="queue-count">{proposals(item.pendingProposals)}</span>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
