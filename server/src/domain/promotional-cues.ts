import type { Grade, Stance } from './types.js';

/**
 * The marks of exaggerated advertising, after the warning list in the seed article
 * "Exosome therapy in skin regeneration: understanding it correctly and proceeding with caution"
 * (absolute promises, absolute language, stem cells and exosomes blurred) and the FTC/ASA notion
 * of unqualified safety claims. Each pattern is matched case-insensitively on word boundaries.
 */
export const PROMOTIONAL_CUE_KINDS = {
  absolute_promise: 'promises an absolute, instant or permanent result',
  superlative: 'absolute or superlative language',
  no_risk: 'says harm is impossible',
  stem_cell_blur: 'blurs exosomes with stem cells',
  hype: 'hype words that stand in for evidence',
} as const;

export type PromotionalCueKind = keyof typeof PROMOTIONAL_CUE_KINDS;

const CUE_PATTERNS: readonly { kind: PromotionalCueKind; pattern: RegExp }[] = [
  { kind: 'absolute_promise', pattern: /\blook \d+ years younger\b/gi },
  {
    kind: 'absolute_promise',
    pattern: /\b(instant(ly)?|permanent(ly)?|guaranteed?|complete rejuvenation|in just one (session|course))\b/gi,
  },
  { kind: 'absolute_promise', pattern: /\bwill (definitely|always)\b/gi },
  {
    kind: 'superlative',
    pattern: /\b(the best|number one|the only|most (potent|powerful|effective)|unmatched|unrivall?ed)\b/gi,
  },
  { kind: 'superlative', pattern: /\b(global |medical )?breakthrough\b/gi },
  { kind: 'superlative', pattern: /\b(revolutioni[sz]e|revolutionary|miracle|cutting-edge|new generation)\b/gi },
  { kind: 'no_risk', pattern: /\bno (possibility|chance|risk) of\b/gi },
  { kind: 'no_risk', pattern: /\b(completely|totally|100%) safe\b/gi },
  { kind: 'no_risk', pattern: /\bno side[- ]effects?\b/gi },
  { kind: 'stem_cell_blur', pattern: /\bcell-free stem cell\b/gi },
  { kind: 'stem_cell_blur', pattern: /\bstem cell (technology|therapy|power)\b/gi },
  { kind: 'hype', pattern: /\b(powerful tool|set to revolutioni[sz]e|game[- ]changer)\b/gi },
];

export interface PromotionalCue {
  phrase: string;
  kind: PromotionalCueKind;
  /** Offsets within the quote (UTF-16, end exclusive). */
  start: number;
  end: number;
}

/** Every promotional cue in a passage, in text order; overlapping matches keep the earliest, longest. */
export function promotionalCuesIn(text: string): PromotionalCue[] {
  const found: PromotionalCue[] = [];
  for (const { kind, pattern } of CUE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      found.push({ phrase: match[0], kind, start: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((cue, i) => !found.slice(0, i).some((earlier) => earlier.end > cue.start));
}

/**
 * The wording claims more than the evidence it invokes: an unhedged SUPPORTS resting on
 * anecdote or laboratory work, or any SUPPORTS wrapped in promotional cues.
 */
export function isOverreach(assertion: {
  stance: Stance;
  grade: Grade;
  hedged: boolean;
  quote: { exact: string };
}): boolean {
  if (assertion.stance !== 'SUPPORTS') return false;
  return (!assertion.hedged && assertion.grade !== 'CLINICAL') || promotionalCuesIn(assertion.quote.exact).length > 0;
}
