import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../graphql';
import type { Agreement } from '../schema-enums';
import { AgreementMark, AGREEMENT_INFO } from './agreement-mark';
import { ComparisonSide, ComparisonSideFields } from './comparison-side';
import { QueryState } from './query-state';
import { claimPath, sourcePath } from '../lib/links';

export const CompareQuery = graphql(
  `
    query CompareSources($a: ID!, $b: ID!) {
      compareSources(a: $a, b: $b) {
        agreeing
        conflicting
        a {
          id
          slug
          title
        }
        b {
          id
          slug
          title
        }
        shared {
          agreement
          claim {
            id
            slug
            statement
          }
          a {
            ...ComparisonSideFields
          }
          b {
            ...ComparisonSideFields
          }
        }
      }
    }
  `,
  [ComparisonSideFields],
);

/** Conflicts first: that is what a reader comes to a comparison for. */
const ORDER: Record<Agreement, number> = { CONFLICT: 0, QUALIFIED: 1, AGREE: 2 };

/** Two sources side by side: counts, then a row per claim both address with each side's quote and how they stand to each other. */
export function SourceComparison({ a, b }: { a: string; b: string }) {
  const query = useQuery({ query: CompareQuery, variables: { a, b } });
  return (
    <QueryState query={query} loading="Comparing the sources…" what="The comparison">
      {(data) => <ComparisonTable comparison={data.compareSources} />}
    </QueryState>
  );
}

function ComparisonTable({ comparison: c }: { comparison: ResultOf<typeof CompareQuery>['compareSources'] }) {
  const rows = [...c.shared].sort((x, y) => ORDER[x.agreement] - ORDER[y.agreement]);
  const qualified = c.shared.filter((s) => s.agreement === 'QUALIFIED').length;
  return (
    <>
      <ul className="stats compare-counts" aria-label="Counts">
        <li>
          <strong>{c.shared.length}</strong> shared {c.shared.length === 1 ? 'claim' : 'claims'}
        </li>
        <li className="stat-supported">
          <span aria-hidden="true">{AGREEMENT_INFO.AGREE.icon} </span>
          <strong>{c.agreeing}</strong> agree
        </li>
        <li className="stat-contradicted">
          <span aria-hidden="true">{AGREEMENT_INFO.CONFLICT.icon} </span>
          <strong>{c.conflicting}</strong> conflict
        </li>
        <li className="stat-unclear">
          <span aria-hidden="true">{AGREEMENT_INFO.QUALIFIED.icon} </span>
          <strong>{qualified}</strong> qualified
        </li>
      </ul>
      {c.shared.length === 0 ? (
        <p className="notice">These two sources address no claim in common.</p>
      ) : (
        <div className="table-scroll">
          <table className="compare-table">
            <caption className="visually-hidden">Claims both sources address, with each source's quote</caption>
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">
                  A: <Link to={sourcePath(c.a.slug)}>{c.a.title}</Link>
                </th>
                <th scope="col">
                  B: <Link to={sourcePath(c.b.slug)}>{c.b.title}</Link>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.claim.id} className={`agreement-row-${s.agreement.toLowerCase()}`} data-claim={s.claim.slug}>
                  <th scope="row" className="compare-claim">
                    <Link to={claimPath(s.claim.slug)}>{s.claim.statement}</Link>
                    <AgreementMark agreement={s.agreement} />
                  </th>
                  <ComparisonSide position={s.a} sourceLabel="A" />
                  <ComparisonSide position={s.b} sourceLabel="B" />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
