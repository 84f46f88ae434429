import { GRADE_INFO, GRADES_STRONGEST_FIRST, humanize, type EvidenceGrade } from '../lib/evidence';
import { BASES_BY_GRADE } from '../schema-enums';

const basesOf = (grade: EvidenceGrade): readonly string[] => BASES_BY_GRADE[grade];

/** The basis kept when the grade changes: the same one if the new grade allows it, else the grade's first. */
const basisFor = (grade: EvidenceGrade, basis: string): string =>
  basesOf(grade).includes(basis) ? basis : basesOf(grade)[0]!;

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
          {basesOf(grade).map((b) => (
            <option key={b} value={b}>
              {humanize(b)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
