import { describe, expect, it } from 'vitest';
import { consensusOf, type StanceEvidence } from '../../server/src/domain/consensus.js';

const a = (sourceId: string, stance: StanceEvidence['stance'], grade: StanceEvidence['grade']): StanceEvidence => ({
  sourceId,
  stance,
  grade,
});

describe('consensus is derived from the assertions, by the rules of DESIGN.md', () => {
  it('is SUPPORTED when at least one source supports and none contradicts', () => {
    const c = consensusOf([a('s1', 'SUPPORTS', 'ANECDOTAL'), a('s2', 'QUALIFIES', 'ANECDOTAL')]);
    expect(c).toMatchObject({ status: 'SUPPORTED', supporting: 1, contradicting: 0, qualifying: 1, sourceCount: 2 });
  });

  it('is CONTESTED when sources support and contradict', () => {
    expect(consensusOf([a('s1', 'SUPPORTS', 'CLINICAL'), a('s2', 'CONTRADICTS', 'ANECDOTAL')]).status).toBe(
      'CONTESTED',
    );
  });

  it('is CONTRADICTED when sources contradict and none supports', () => {
    expect(consensusOf([a('s1', 'CONTRADICTS', 'PRECLINICAL'), a('s2', 'QUALIFIES', 'ANECDOTAL')]).status).toBe(
      'CONTRADICTED',
    );
  });

  it('is UNCLEAR when there are only qualifications, or nothing at all', () => {
    expect(consensusOf([a('s1', 'QUALIFIES', 'PRECLINICAL')]).status).toBe('UNCLEAR');
    expect(consensusOf([])).toEqual({
      status: 'UNCLEAR',
      supporting: 0,
      contradicting: 0,
      qualifying: 0,
      sourceCount: 0,
      bestGrade: null,
      gradeConflict: false,
    });
  });

  it('counts distinct sources, not assertions', () => {
    const c = consensusOf([
      a('s1', 'SUPPORTS', 'ANECDOTAL'),
      a('s1', 'SUPPORTS', 'CLINICAL'),
      a('s2', 'SUPPORTS', 'ANECDOTAL'),
    ]);
    expect(c.supporting).toBe(2);
    expect(c.sourceCount).toBe(2);
  });

  it('takes the best grade among supporting assertions only', () => {
    const c = consensusOf([
      a('s1', 'SUPPORTS', 'PRECLINICAL'),
      a('s2', 'SUPPORTS', 'ANECDOTAL'),
      a('s3', 'CONTRADICTS', 'CLINICAL'),
      a('s4', 'QUALIFIES', 'CLINICAL'),
    ]);
    expect(c.bestGrade).toBe('PRECLINICAL');
    expect(consensusOf([a('s1', 'CONTRADICTS', 'CLINICAL')]).bestGrade).toBeNull();
  });

  it('marks a grade conflict when non-contradicting sources invoke different grades', () => {
    expect(consensusOf([a('s1', 'SUPPORTS', 'CLINICAL'), a('s2', 'QUALIFIES', 'PRECLINICAL')]).gradeConflict).toBe(
      true,
    );
    expect(consensusOf([a('s1', 'SUPPORTS', 'CLINICAL'), a('s2', 'SUPPORTS', 'CLINICAL')]).gradeConflict).toBe(false);
  });

  it('does not count a contradicting source, or one source mixing grades, as a grade conflict', () => {
    expect(consensusOf([a('s1', 'SUPPORTS', 'CLINICAL'), a('s2', 'CONTRADICTS', 'ANECDOTAL')]).gradeConflict).toBe(
      false,
    );
    expect(consensusOf([a('s1', 'SUPPORTS', 'CLINICAL'), a('s1', 'QUALIFIES', 'ANECDOTAL')]).gradeConflict).toBe(false);
  });
});
