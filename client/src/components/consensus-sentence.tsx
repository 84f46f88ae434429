import { GRADE_INFO, STATUS_INFO, stanceCount } from '../lib/evidence';
import type { ConsensusData } from './consensus-badge';

/** "Contested: 1 source supports, 2 contradict; the strongest support is anecdotal." */
export function consensusSentence(c: ConsensusData): string {
  const parts: string[] = [];
  if (c.supporting > 0) parts.push(stanceCount('SUPPORTS', c.supporting));
  if (c.contradicting > 0) parts.push(stanceCount('CONTRADICTS', c.contradicting));
  if (c.qualifying > 0) parts.push(stanceCount('QUALIFIES', c.qualifying));
  const first = parts[0];
  if (first) parts[0] = first.replace(/^(\d+) /, (_m, n: string) => `${n} ${n === '1' ? 'source' : 'sources'} `);
  const counts = parts.length > 0 ? parts.join(', ') : 'no source speaks to it yet';
  const strength = c.bestGrade
    ? `the strongest support is ${GRADE_INFO[c.bestGrade].label.toLowerCase()} (${GRADE_INFO[c.bestGrade].explanation})`
    : 'no source supports it';
  const conflict = c.gradeConflict ? ' Sources on the same side invoke different grades of evidence.' : '';
  return `${STATUS_INFO[c.status].label}: ${counts}; ${strength}.${conflict}`;
}

export function ConsensusSentence({ consensus }: { consensus: ConsensusData }) {
  return <p className="consensus-sentence">{consensusSentence(consensus)}</p>;
}
