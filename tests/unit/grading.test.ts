import { describe, expect, it } from 'vitest';
import { byGradeDescending, gradeOfBasis, strongestGrade } from '../../server/src/domain/grading.js';

describe('grades follow the evidence pyramid', () => {
  it('orders ANECDOTAL < PRECLINICAL < CLINICAL', () => {
    expect(strongestGrade(['ANECDOTAL', 'CLINICAL', 'PRECLINICAL'])).toBe('CLINICAL');
    expect(strongestGrade(['ANECDOTAL', 'PRECLINICAL'])).toBe('PRECLINICAL');
    expect(strongestGrade([])).toBeNull();
  });

  it('sorts strongest first', () => {
    const sorted = byGradeDescending([
      { grade: 'ANECDOTAL' as const },
      { grade: 'CLINICAL' as const },
      { grade: 'PRECLINICAL' as const },
    ]);
    expect(sorted.map((s) => s.grade)).toEqual(['CLINICAL', 'PRECLINICAL', 'ANECDOTAL']);
  });

  it.each([
    ['rct', 'CLINICAL'],
    ['controlled_trial', 'CLINICAL'],
    ['observational', 'CLINICAL'],
    ['unspecified_clinical', 'CLINICAL'],
    ['in_vitro', 'PRECLINICAL'],
    ['animal', 'PRECLINICAL'],
    ['unspecified_preclinical', 'PRECLINICAL'],
    ['testimonial', 'ANECDOTAL'],
    ['expert_opinion', 'ANECDOTAL'],
    ['practice_observation', 'ANECDOTAL'],
    ['adverse_event_reports', 'ANECDOTAL'],
    ['none_given', 'ANECDOTAL'],
  ])('files the basis %s under %s', (basis, grade) => {
    expect(gradeOfBasis(basis)).toBe(grade);
  });

  it('knows no grade for an unknown basis', () => {
    expect(gradeOfBasis('horoscope')).toBeNull();
  });
});
