import type { EvidenceGrade } from './evidence';

/** The finer kinds of evidence each grade allows (DESIGN.md, grading rubric). */
export const BASES: Record<EvidenceGrade, readonly string[]> = {
  CLINICAL: ['rct', 'controlled_trial', 'observational', 'unspecified_clinical'],
  PRECLINICAL: ['in_vitro', 'animal', 'unspecified_preclinical'],
  ANECDOTAL: ['testimonial', 'expert_opinion', 'practice_observation', 'adverse_event_reports', 'none_given'],
};

/** The basis kept when the grade changes: the same one if the new grade allows it, else the grade's first. */
export const basisFor = (grade: EvidenceGrade, basis: string): string =>
  BASES[grade].includes(basis) ? basis : BASES[grade][0]!;
