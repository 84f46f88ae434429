import { GradeBadge } from './grade-badge';
import { StanceLabel } from './stance-label';
import type { EvidenceGrade, Stance } from '../lib/evidence';

export interface ComparisonPosition {
  stance: Stance;
  grade: EvidenceGrade;
  assertions: { id: string; quote: { exact: string } }[];
}

/** One source's side of a shared claim: its stance and grade, then its quotes verbatim. */
export function ComparisonSide({ position, sourceLabel }: { position: ComparisonPosition; sourceLabel: string }) {
  return (
    <td className={`compare-side stance-border-${position.stance.toLowerCase()}`}>
      <span className="visually-hidden">{sourceLabel}: </span>
      <span className="compare-position">
        <StanceLabel stance={position.stance} /> <GradeBadge grade={position.grade} />
      </span>
      {position.assertions.map((a) => (
        <blockquote key={a.id} className="quote compare-quote">
          “{a.quote.exact}”
        </blockquote>
      ))}
    </td>
  );
}
