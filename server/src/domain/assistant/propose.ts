import { quoteAt } from '../anchoring.js';
import type { Grading, Quote, Stance } from '../types.js';
import { ClaimMatcher, type KnownClaim } from './claim-matcher.js';
import { citationIn, hedgeIn, readEvidence, readStance } from './evidence-cues.js';
import { makesClaim, sentencesOf } from './sentences.js';

/** Below this similarity a passage is proposed as a new claim rather than linked to a known one. */
export const LINK_THRESHOLD = 0.27;
/** A passage is also proposed for other claims scoring within this share of its best match. */
const ALSO_WITHIN = 0.6;
const MAX_CLAIMS_PER_PASSAGE = 5;

export interface Proposal extends Grading {
  quote: Quote;
  claim: { slug: string | null; statement: string; isNew: boolean; score: number };
  confidence: number;
}

const ATTRIBUTION = /\b(Dr\.? [A-Z][a-z]+(?: [A-Z][a-z]+)*)\b/;

/** The grading assistant: every passage of a text that makes a claim, linked, graded and explained. */
export function proposeAssertions(text: string, knownClaims: readonly KnownClaim[]): Proposal[] {
  const matcher = new ClaimMatcher(knownClaims);
  return sentencesOf(text)
    .filter(makesClaim)
    .flatMap((sentence) => {
      const quote = quoteAt(text, sentence.start, sentence.end);
      const evidence = readEvidence(sentence.text);
      const stance = readStance(sentence.text);
      const hedge = hedgeIn(sentence.text);
      const citation = citationIn(sentence.text);
      const matches = matcher.ranked(sentence.text).filter((m, i, all) => m.score >= LINK_THRESHOLD && m.score >= all[0]!.score * ALSO_WITHIN);
      const claims = matches.length > 0
        ? matches.slice(0, MAX_CLAIMS_PER_PASSAGE).map((m) => ({ slug: m.slug, statement: m.statement, isNew: false, score: round(m.score) }))
        : [{ slug: null, statement: sentence.text.replace(/\s+/g, ' ').slice(0, 300), isNew: true, score: round(matcher.ranked(sentence.text)[0]?.score ?? 0) }];
      return claims.map((claim) => ({
        quote,
        claim,
        stance: stanceTowards(claim, stance.stance),
        grade: evidence.grade,
        basis: evidence.basis,
        rationale: rationaleOf(evidence, stance.cue, hedge),
        hedged: hedge !== null,
        cited: citation !== null,
        attribution: ATTRIBUTION.exec(sentence.text)?.[1] ?? null,
        confidence: round(confidenceOf(claim.isNew ? 0 : claim.score, evidence.cues.length > 0, evidence.mixed)),
      }));
    });
}

/**
 * The passage's stance on this claim: a new claim is the passage's own proposition; a denial of a
 * claim that is itself stated as a denial ("regulators have not approved …") agrees with it.
 */
function stanceTowards(claim: { isNew: boolean; statement: string }, stance: Stance): Stance {
  if (claim.isNew) return 'SUPPORTS';
  if (stance === 'CONTRADICTS' && readStance(claim.statement).stance === 'CONTRADICTS') return 'SUPPORTS';
  return stance;
}

function rationaleOf(evidence: ReturnType<typeof readEvidence>, stanceCue: string | null, hedge: string | null): string {
  const cues = evidence.cues.map((c) => `"${c}"`).join(', ');
  const basis = evidence.cues.length === 0
    ? `No kind of evidence is named: ${evidence.grade} (${evidence.basis}).`
    : evidence.mixed
      ? `Names several bases (${cues}); graded by the weakest: ${evidence.grade} (${evidence.basis}).`
      : `Rests on ${cues}: ${evidence.grade} (${evidence.basis}).`;
  const stance = stanceCue ? ` Stance read from "${stanceCue}".` : '';
  return `${basis}${stance}${hedge ? ` Hedged by "${hedge}".` : ''}`;
}

function confidenceOf(linkScore: number, namedBasis: boolean, mixed: boolean): number {
  const link = Math.min(1, linkScore / 0.6);
  const grading = namedBasis ? (mixed ? 0.6 : 0.8) : 0.5;
  return 0.5 * link + 0.5 * grading;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
