import { describe, expect, it } from 'vitest';
import { citoRelation, ecoAssertionMethodCode, ecoEvidenceCode } from '../../server/src/domain/interchange.js';

describe('evidence and stance in shared vocabularies', () => {
  it.each([
    ['rct', false, 'ECO:0000180'],
    ['unspecified_clinical', false, 'ECO:0000180'],
    ['animal', false, 'ECO:0000179'],
    ['in_vitro', false, 'ECO:0000181'],
    ['practice_observation', false, 'ECO:0006018'],
    ['testimonial', false, 'ECO:0006018'],
    ['expert_opinion', false, 'ECO:0000034'],
    ['none_given', true, 'ECO:0000033'],
  ])('maps the basis %s (cited: %s) to %s', (basis, cited, code) => {
    expect(ecoEvidenceCode(basis, cited)).toBe(code);
  });

  it('tells curated grades from the assistant’s', () => {
    expect(ecoAssertionMethodCode('curator')).toBe('ECO:0000352');
    expect(ecoAssertionMethodCode('assistant:0.8')).toBe('ECO:0000501');
  });

  it('maps stances to CiTO', () => {
    expect([citoRelation('SUPPORTS'), citoRelation('CONTRADICTS'), citoRelation('QUALIFIES')]).toEqual([
      'cito:supports',
      'cito:disputes',
      'cito:qualifies',
    ]);
  });
});
