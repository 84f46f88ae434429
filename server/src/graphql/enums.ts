import { BASES_BY_GRADE } from '../domain/grading.js';
import { CONSENSUS_STATUSES, GRADES, SOURCE_KINDS, STANCES, type Grade } from '../domain/types.js';
import { builder } from './builder.js';

export const StanceEnum = builder.enumType('Stance', {
  values: STANCES,
  description:
    'What a passage says of a claim: it is true (SUPPORTS), false (CONTRADICTS), or true only within limits (QUALIFIES).',
});

export const EvidenceGradeEnum = builder.enumType('EvidenceGrade', {
  values: GRADES,
  description: 'The kind of evidence a passage invokes, weakest first: ANECDOTAL < PRECLINICAL < CLINICAL.',
});

export const ConsensusStatusEnum = builder.enumType('ConsensusStatus', { values: CONSENSUS_STATUSES });

/** `ClinicalBasis` for CLINICAL: the enum of the bases a grade allows. */
export const basisEnumName = (grade: Grade): string => `${grade.charAt(0)}${grade.slice(1).toLowerCase()}Basis`;

// The grading rubric's finer kinds of evidence, one enum per grade, so that a client reads from the
// schema which bases each grade allows. Assertion.basis stays a String: a basis the grade does not
// allow is refused in the payload (INVALID, field basis), not by the query's validation.
for (const grade of GRADES) {
  builder.enumType(basisEnumName(grade), {
    values: BASES_BY_GRADE[grade],
    description: `The bases an assertion graded ${grade} may name (Assertion.basis, and the basis of inputs): the finer kinds of ${grade.toLowerCase()} evidence.`,
  });
}

export const CommonSourceKindEnum = builder.enumType('CommonSourceKind', {
  values: SOURCE_KINDS,
  description:
    'The usual kinds of source, offered to curators in this order. Source.kind (and the kind of inputs) may be any snake_case word; these are the ones the base knows how to describe.',
});
