import { describe, expect, it } from 'vitest';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import {
  documentSubject,
  statementOf,
  styleProblems,
  subjectsOf,
} from '../../server/src/domain/assistant/claim-statement.js';
import { evaluateLabeledDocuments } from '../../server/src/evaluation/labeled-documents.js';
import { fixtureCorpus, realCorpus } from '../support/test-app.js';

const subject = { singular: 'Exosome therapy', plural: 'Exosomes' };

describe('a new claim reads as the base’s claims do: one proposition, plain words, its subject named', () => {
  it.each([
    [
      'Patients at our clinic noticed smoother skin within a week.',
      'Exosome therapy gives smoother skin within a week',
    ],
    [
      '"It helps the skin recover after a procedure," she says.',
      'Exosome therapy helps the skin recover after a procedure',
    ],
    [
      'Dermatologist Dr. Ben Hart warns that most of the research has been done on cells in a dish.',
      'Most of the research has been done on cells in a dish',
    ],
    ['Exosomes may help reduce redness after laser.', 'Exosomes reduce redness after laser'],
    ['This treatment can calm irritated skin.', 'Exosome therapy calms irritated skin'],
    [
      'In a randomized trial of 48 patients, exosome serum shortened recovery by two days.',
      'Exosome serum shortened recovery by two days',
    ],
    ['However, they carry microRNA into skin cells; the effect is unclear.', 'Exosomes carry microRNA into skin cells'],
    ['I think my skin looks brighter.', 'Skin looks brighter'],
  ])('%s → %s', (passage, statement) => {
    expect(statementOf(passage, subject)).toBe(statement);
    expect(styleProblems(statement)).toEqual([]);
  });

  it('names what keeps a statement from the style', () => {
    expect(styleProblems('I noticed my skin looked brighter')).toContain('first or second person');
    expect(styleProblems('Exosomes may reduce redness')).toContain('hedge');
    expect(styleProblems('Exosomes reduce redness, Dr. Lee says')).toContain('attribution');
    expect(styleProblems('It reduces redness')).toContain('no named subject');
    expect(styleProblems('Exosomes reduce redness; they are costly')).toContain('more than one proposition');
    expect(styleProblems('Exosome therapy upregulates collagen I and III')).toEqual([]);
  });

  it('takes the subject the base’s claims open with and the document names', () => {
    const subjects = subjectsOf([
      'Exosome therapy improves wound healing',
      'Exosome therapy is expensive',
      'Exosomes carry microRNA',
      'The long-term safety of exosome therapy is unproven',
    ]);
    expect(documentSubject('Our exosome facial is popular.', subjects)).toEqual(subject);
    expect(documentSubject('Retinol creams are popular; retinol irritates.', subjects).singular).toBe('Retinol');
  });
});

describe('every new claim the assistant proposes on the labeled documents holds the style, and its rationale still quotes the cues', () => {
  const corpus = readValidCorpus(realCorpus);
  const { proposals } = evaluateLabeledDocuments(corpus, fixtureCorpus('evaluation'));
  const fresh = proposals.map((p) => p.proposal).filter((p) => p.claim.isNew);

  it('proposes new claims there at all', () => {
    expect(fresh.length).toBeGreaterThan(20);
  });

  it.each(fresh.map((p) => [p.quote.exact.slice(0, 80), p] as const))('%s', (_quote, proposal) => {
    expect(styleProblems(proposal.claim.statement)).toEqual([]);
    const cues = [...proposal.rationale.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    if (proposal.basis !== 'none_given') expect(cues.length).toBeGreaterThan(0);
  });
});
