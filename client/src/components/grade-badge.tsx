import { GRADE_INFO, type EvidenceGrade } from '../lib/evidence';

/** An evidence grade as its letter (A/P/C) and word; `none` when no source supports the claim. */
export function GradeBadge({ grade, compact = false }: { grade: EvidenceGrade | null; compact?: boolean }) {
  if (!grade) return <span className="grade grade-none">none</span>;
  const info = GRADE_INFO[grade];
  return (
    <span className={`grade grade-${grade.toLowerCase()}`} title={`${info.label}: ${info.explanation}`}>
      <span className="grade-letter" aria-hidden="true">
        {info.letter}
      </span>
      {compact ? <span className="visually-hidden">{info.label}</span> : info.label}
    </span>
  );
}
