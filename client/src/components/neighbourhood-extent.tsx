import { Link, useSearchParams } from 'react-router-dom';
import { CLAIM_CAP, neighbourhoodVariables, SOURCE_CAP, withMore } from '../lib/neighbourhood-params';

interface Props {
  claims: number;
  sources: number;
  /** Claims left out by the filters of the page itself (status, stance). */
  filteredOut: number;
  claimTotal: number | null;
  hasMoreClaims: boolean;
  hasMoreSources: boolean;
  /** What the reader does with the view: "Select a cell to read the quote." */
  hint: string;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** How much of the choice is shown, and links to show more claims or sources, up to the caps. */
export function NeighbourhoodExtent(props: Props) {
  const [params] = useSearchParams();
  const { claims: claimCap, sources: sourceCap } = neighbourhoodVariables(params);
  const shown = props.claims - props.filteredOut;
  const ofTotal =
    props.claimTotal !== null && props.claimTotal > props.claims ? ` of ${props.claimTotal.toLocaleString('en')}` : '';
  return (
    <div className="neighbourhood-extent">
      <p className="muted" role="status">
        {plural(shown, 'claim')}
        {props.filteredOut > 0 ? ` (${props.filteredOut} more hidden by the filters)` : ''}
        {ofTotal} × {plural(props.sources, 'source')}, the sources that address most of them first. {props.hint}
      </p>
      {(props.hasMoreClaims || props.hasMoreSources) && (
        <p className="show-more-links">
          {props.hasMoreSources &&
            (sourceCap < SOURCE_CAP.max ? (
              <Link to={{ search: withMore(params, 'sources').toString() }} replace>
                Show more sources
              </Link>
            ) : (
              <span className="muted">More sources address these claims; narrow the choice to see them.</span>
            ))}
          {props.hasMoreClaims &&
            (claimCap < CLAIM_CAP.max ? (
              <Link to={{ search: withMore(params, 'claims').toString() }} replace>
                Show more claims
              </Link>
            ) : (
              <span className="muted">More claims match; narrow the choice to see them.</span>
            ))}
        </p>
      )}
    </div>
  );
}
