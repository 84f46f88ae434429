import { BASES, basisFor } from '../lib/grade-bases';
import { GRADE_INFO, GRADES_STRONGEST_FIRST, humanize, type EvidenceGrade } from '../lib/evidence';

interface Props {
  /** Prefix of the controls' ids, unique on the page. */
  id: string;
  grade: EvidenceGrade;
  basis: string;
  /** A new grade keeps the basis when it belongs to that grade, else takes the grade's first. */
  onChange: (grade: EvidenceGrade, basis: string) => void;
  /** Each grade named with what it means, where the form has room for it. */
  explained?: boolean;
}

/** The grade of a passage and its basis, offered only among the bases of that grade. */
export function GradeBasisFields({ id, grade, basis, onChange, explained = false }: Props) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-grade`}>Grade</label>
        <select
          id={`${id}-grade`}
          value={grade}
          onChange={(e) => {
            const next = e.target.value as EvidenceGrade;
            onChange(next, basisFor(next, basis));
          }}
        >
          {GRADES_STRONGEST_FIRST.map((g) => (
            <option key={g} value={g}>
              {explained ? `${GRADE_INFO[g].label} (${GRADE_INFO[g].explanation})` : GRADE_INFO[g].label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-basis`}>Basis</label>
        <select id={`${id}-basis`} value={basis} onChange={(e) => onChange(grade, e.target.value)}>
          {BASES[grade].map((b) => (
            <option key={b} value={b}>
              {humanize(b)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
