import { strongestGrade } from './grading.js';
import type { ConsensusStatus, Grade, Stance } from './types.js';

export interface StanceEvidence {
  sourceId: string;
  stance: Stance;
  grade: Grade;
}

export interface Consensus {
  status: ConsensusStatus;
  supporting: number;
  contradicting: number;
  qualifying: number;
  sourceCount: number;
  bestGrade: Grade | null;
  gradeConflict: boolean;
}

/**
 * A claim's consensus, derived from its assertions (DESIGN.md): counts are of distinct sources,
 * `bestGrade` is the highest grade among supporting assertions, and `gradeConflict` says that
 * sources which do not contradict the claim invoke different grades for it.
 */
export function consensusOf(assertions: readonly StanceEvidence[]): Consensus {
  const sourcesWith = (stance: Stance) =>
    new Set(assertions.filter((a) => a.stance === stance).map((a) => a.sourceId)).size;
  const supporting = sourcesWith('SUPPORTS');
  const contradicting = sourcesWith('CONTRADICTS');
  const qualifying = sourcesWith('QUALIFIES');
  return {
    status: statusOf(supporting, contradicting),
    supporting,
    contradicting,
    qualifying,
    sourceCount: new Set(assertions.map((a) => a.sourceId)).size,
    bestGrade: strongestGrade(assertions.filter((a) => a.stance === 'SUPPORTS').map((a) => a.grade)),
    gradeConflict: sourcesDisagreeOnGrade(assertions.filter((a) => a.stance !== 'CONTRADICTS')),
  };
}

function statusOf(supporting: number, contradicting: number): ConsensusStatus {
  if (supporting > 0) return contradicting > 0 ? 'CONTESTED' : 'SUPPORTED';
  if (contradicting > 0) return 'CONTRADICTED';
  return 'UNCLEAR';
}

/** Two different sources invoking different grades; one source mixing grades is not a conflict. */
function sourcesDisagreeOnGrade(assertions: readonly StanceEvidence[]): boolean {
  return assertions.some((a) => assertions.some((b) => a.sourceId !== b.sourceId && a.grade !== b.grade));
}

/**
 * Orders claims for "most contested first": claims with sources on both sides come first, more
 * so the more sources stand on the weaker side, then the more sources in all.
 */
export function contestScore(c: Pick<Consensus, 'supporting' | 'contradicting' | 'qualifying'>): number {
  return Math.min(c.supporting, c.contradicting) * 1_000_000 + (c.supporting + c.contradicting) * 1_000 + c.qualifying;
}

/** What a reader of a claim's consensus sees change: its status, its best supporting grade, a grade conflict. */
export type ConsensusHeadline = Pick<Consensus, 'status' | 'bestGrade' | 'gradeConflict'>;

/**
 * Whether a write changed what a claim's consensus says (its headline), as stored before and
 * derived after. A claim never derived before (`before` null: just created or loaded for the
 * first time) has no change to report; a change in the number of sources alone is not one either:
 * the assertion that made it has its own entry.
 */
export function consensusChanged(before: ConsensusHeadline | null, after: ConsensusHeadline): boolean {
  if (before === null) return false;
  return (
    before.status !== after.status ||
    before.bestGrade !== after.bestGrade ||
    before.gradeConflict !== after.gradeConflict
  );
}
