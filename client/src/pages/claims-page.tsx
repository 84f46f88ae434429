import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { ClaimFilters } from '../components/claim-filters';
import { ClaimsChunk, type ClaimFilterInput } from '../components/claims-chunk';
import { StanceLabel } from '../components/stance-label';
import { asGrade, asStatus, orderFor, type ClaimOrder } from '../lib/evidence';

function filterFrom(params: URLSearchParams): ClaimFilterInput {
  const filter: ClaimFilterInput = {};
  const text = params.get('text')?.trim();
  if (text) filter.text = text;
  const topic = params.get('topic');
  if (topic) filter.topic = topic;
  const status = asStatus(params.get('status'));
  if (status) filter.status = status;
  const bestGrade = asGrade(params.get('grade'));
  if (bestGrade) filter.bestGrade = bestGrade;
  const conflict = params.get('conflict');
  if (conflict === 'true' || conflict === 'false') filter.gradeConflict = conflict === 'true';
  return filter;
}

/** /claims: every claim with its consensus, filterable and sortable from the URL, paged by "Load more". */
export function ClaimsPage() {
  const [params] = useSearchParams();
  const filter = filterFrom(params);
  const orderBy = orderFor(params.get('sort'), filter.text !== undefined);
  const filtered = Object.keys(filter).length > 0;
  return (
    <section aria-labelledby="claims-heading">
      <title>Claims — claimgraph</title>
      <h1 id="claims-heading">Claims</h1>
      <p className="lede">
        Each claim with where the sources stand on it. Counts are of distinct sources; the best grade is the strongest
        evidence a supporting source invokes.
      </p>
      <ClaimFilters />
      <ClaimsTotal filter={filter} />
      <div className="table-scroll">
        <table className="claims-table">
          <caption className="visually-hidden">{filtered ? 'Claims matching the filters' : 'All claims'}</caption>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Consensus</th>
              <th scope="col" className="num">
                <StanceLabel stance="SUPPORTS" />
              </th>
              <th scope="col" className="num">
                <StanceLabel stance="CONTRADICTS" />
              </th>
              <th scope="col" className="num">
                <StanceLabel stance="QUALIFIES" />
              </th>
              <th scope="col">Best grade</th>
              <th scope="col">Grade conflict</th>
            </tr>
          </thead>
          {/* A new filter or order starts again from the first page. */}
          <ClaimsResults key={`${JSON.stringify(filter)}|${orderBy}`} filter={filter} orderBy={orderBy} />
        </table>
      </div>
    </section>
  );
}

function ClaimsResults({ filter, orderBy }: { filter: ClaimFilterInput; orderBy: ClaimOrder }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return cursors.map((after, i) => (
    <ClaimsChunk
      key={after ?? 'first'}
      filter={filter}
      orderBy={orderBy}
      after={after}
      isLast={i === cursors.length - 1}
      onLoadMore={(cursor) => setCursors((prev) => [...prev, cursor])}
    />
  ));
}

export const ClaimsTotalQuery = graphql(`
  query ClaimsTotal($filter: ClaimFilter) {
    claims(filter: $filter, first: 1) {
      totalCount
    }
  }
`);

/** How many claims the filters keep, said once the count arrives. */
function ClaimsTotal({ filter }: { filter: ClaimFilterInput }) {
  const [{ data }] = useQuery({ query: ClaimsTotalQuery, variables: { filter } });
  const total = data?.claims.totalCount;
  return (
    <p className="muted claims-total" role="status">
      {total === undefined
        ? ''
        : `${total.toLocaleString('en')} ${total === 1 ? 'claim' : 'claims'} ${Object.keys(filter).length === 0 ? 'in the base' : total === 1 ? 'matches these filters' : 'match these filters'}`}
    </p>
  );
}
