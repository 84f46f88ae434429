import { GRADES, type Grade } from './types.js';

/** The finer kind of evidence under each grade (DESIGN.md, grading rubric). */
export const BASES_BY_GRADE: Readonly<Record<Grade, readonly string[]>> = {
  CLINICAL: ['rct', 'controlled_trial', 'observational', 'unspecified_clinical'],
  PRECLINICAL: ['in_vitro', 'animal', 'unspecified_preclinical'],
  ANECDOTAL: ['testimonial', 'expert_opinion', 'practice_observation', 'adverse_event_reports', 'none_given'],
};

export function gradeOfBasis(basis: string): Grade | null {
  return GRADES.find((grade) => BASES_BY_GRADE[grade].includes(basis)) ?? null;
}

export function gradeRank(grade: Grade): number {
  return GRADES.indexOf(grade);
}

/** Sorts strongest first; stable for equal grades. */
export function byGradeDescending<T extends { grade: Grade }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => gradeRank(b.grade) - gradeRank(a.grade));
}

export function strongestGrade(grades: Iterable<Grade>): Grade | null {
  let best: Grade | null = null;
  for (const grade of grades) {
    if (best === null || gradeRank(grade) > gradeRank(best)) best = grade;
  }
  return best;
}
