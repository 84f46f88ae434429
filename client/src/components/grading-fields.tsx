import { GRADE_INFO, GRADES_STRONGEST_FIRST, humanize, STANCE_INFO, STANCES } from '../lib/evidence';
import { BASES_BY_GRADE, type EvidenceGrade, type Stance } from '../schema-enums';

/** What a curator says of a passage: its stance, the grade of evidence it invokes, and the finer basis. */
export interface Grading {
  stance: Stance;
  grade: EvidenceGrade;
  basis: string;
}

const basesOf = (grade: EvidenceGrade): readonly string[] => BASES_BY_GRADE[grade];

/** A new grade keeps the basis when it belongs to that grade, else takes the grade's first. */
const withGrade = (grading: Grading, grade: EvidenceGrade): Grading => ({
  ...grading,
  grade,
  basis: basesOf(grade).includes(grading.basis) ? grading.basis : basesOf(grade)[0]!,
});

interface Props {
  /** Prefix of the controls' ids, unique on the page. */
  id: string;
  value: Grading;
  onChange: (next: Grading) => void;
  /** Radio buttons, every stance in view (where the form has room), or a select. */
  stanceAs?: 'radios' | 'select';
  /** Each grade named with what it means, where the form has room for it. */
  explained?: boolean;
  /** The stance select takes the focus when the form opens. */
  autoFocus?: boolean;
}

/** The stance, grade and basis of a passage, the basis offered only among those of the grade. */
export function GradingFields({ id, value, onChange, stanceAs = 'select', explained = false, autoFocus }: Props) {
  return (
    <>
      {stanceAs === 'radios' ? (
        <fieldset className="field-row">
          <legend>Stance</legend>
          {STANCES.map((s) => (
            <label key={s}>
              <input
                type="radio"
                name={`${id}-stance`}
                value={s}
                checked={value.stance === s}
                onChange={() => onChange({ ...value, stance: s })}
              />{' '}
              <span aria-hidden="true">{STANCE_INFO[s].icon}</span> {STANCE_INFO[s].label}
            </label>
          ))}
        </fieldset>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-stance`}>Stance</label>
          <select
            id={`${id}-stance`}
            value={value.stance}
            onChange={(e) => onChange({ ...value, stance: e.target.value as Stance })}
            autoFocus={autoFocus}
          >
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {STANCE_INFO[s].icon} {STANCE_INFO[s].label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-grade`}>Grade</label>
        <select
          id={`${id}-grade`}
          value={value.grade}
          onChange={(e) => onChange(withGrade(value, e.target.value as EvidenceGrade))}
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
        <select id={`${id}-basis`} value={value.basis} onChange={(e) => onChange({ ...value, basis: e.target.value })}>
          {basesOf(value.grade).map((b) => (
            <option key={b} value={b}>
              {humanize(b)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
