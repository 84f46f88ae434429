import { describe, expect, it } from 'vitest';
import { isOverreach, promotionalCuesIn } from '../../server/src/domain/promotional-cues.js';

describe('promotional cues are found in the quote from a documented list, never typed in', () => {
  it('finds the absolute promises the caution article warns of, with their offsets in the quote', () => {
    const quote = 'Promises of absolute results, "look 10 years younger," "instant plumping," "permanent effect."';
    const cues = promotionalCuesIn(quote);
    expect(cues.map((c) => [c.kind, c.phrase])).toEqual([
      ['absolute_promise', 'look 10 years younger'],
      ['absolute_promise', 'instant'],
      ['absolute_promise', 'permanent'],
    ]);
    for (const cue of cues) expect(quote.slice(cue.start, cue.end)).toBe(cue.phrase);
  });

  it('finds superlatives and "no possibility" of harm', () => {
    expect(promotionalCuesIn('the best, number one, the only, global breakthrough').map((c) => c.kind)).toEqual(
      Array(4).fill('superlative'),
    );
    expect(promotionalCuesIn('so there’s no possibility of an adverse graft-versus-host reaction')[0]).toMatchObject({
      kind: 'no_risk',
      phrase: 'no possibility of',
    });
  });

  it('finds stem cells and exosomes blurred together', () => {
    expect(promotionalCuesIn('a "cell-free stem cell" therapy')[0]?.kind).toBe('stem_cell_blur');
  });

  it('finds nothing in sober wording, and does not match inside other words', () => {
    expect(
      promotionalCuesIn('Clinical trials in humans are still few, small in scale, short in follow-up time.'),
    ).toEqual([]);
    expect(promotionalCuesIn('The constant instantiation of bestiaries')).toEqual([]);
  });
});

const sober = { exact: 'Clinical trials in humans are still few.' };
const promotional = { exact: 'Guaranteed results with no side effects.' };

describe('overreach: the wording claims more than the evidence it invokes', () => {
  it('marks an unhedged SUPPORTS on anecdotal or preclinical grounds', () => {
    expect(isOverreach({ stance: 'SUPPORTS', grade: 'ANECDOTAL', hedged: false, quote: sober })).toBe(true);
    expect(isOverreach({ stance: 'SUPPORTS', grade: 'PRECLINICAL', hedged: false, quote: sober })).toBe(true);
  });

  it('does not mark a hedged one, or one resting on clinical grounds', () => {
    expect(isOverreach({ stance: 'SUPPORTS', grade: 'ANECDOTAL', hedged: true, quote: sober })).toBe(false);
    expect(isOverreach({ stance: 'SUPPORTS', grade: 'CLINICAL', hedged: false, quote: sober })).toBe(false);
  });

  it('marks any SUPPORTS wrapped in promotional cues, whatever its grade', () => {
    expect(isOverreach({ stance: 'SUPPORTS', grade: 'CLINICAL', hedged: true, quote: promotional })).toBe(true);
  });

  it('never marks a passage that contradicts or qualifies the claim', () => {
    expect(isOverreach({ stance: 'CONTRADICTS', grade: 'ANECDOTAL', hedged: false, quote: promotional })).toBe(false);
    expect(isOverreach({ stance: 'QUALIFIES', grade: 'ANECDOTAL', hedged: false, quote: sober })).toBe(false);
  });
});
