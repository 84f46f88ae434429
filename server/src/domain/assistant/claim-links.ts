import { ClaimMatcher, type ClaimMatch, type KnownClaim } from './claim-matcher.js';
import { readEvidence, readStance, stanceTowards } from './evidence-cues.js';
import { referredTo, type Passage } from './passages.js';

/**
 * Below this score a passage is not linked to a known claim. Chosen by a rule, not by hand
 * (`npm run eval -- --sweep`): on a 0.01 grid, the best leave-one-source-out F1 of claim links
 * (right links among curated assertions, right proposals among all proposals) among thresholds
 * that keep the labeled documents' claim links at least half right. Lower thresholds find a few
 * more links at the price of many more wrong proposals for the curator to reject.
 */
export const LINK_THRESHOLD = 0.41;
/** A passage is also linked to other claims scoring within this share of its best match. */
const ALSO_WITHIN = 0.6;
const MAX_CLAIMS_PER_PASSAGE = 5;
/** A clause matches a claim as well as its whole sentence does, less this discount (clauses are short, so noisier). */
const CLAUSE_DISCOUNT = 0.8;
/**
 * How much a claim's pull on the whole document (its mean score over its best passages) counts
 * against it; half as much in a document of HUBNESS_HALF_AT passages, less in shorter ones, whose
 * few passages all speak of one thing and say little about which claims match anything.
 */
const HUBNESS_WEIGHT = 0.6;
const HUBNESS_PASSAGES = 5;
const HUBNESS_HALF_AT = 20;
/** Below this share of its weight explained by its links, a passage is also proposed as a new claim. */
const EXPLAINED_ENOUGH = 0.6;

export interface Link {
  slug: string | null;
  statement: string;
  score: number;
  isNew: boolean;
}

const BACK_REFERENCE = /\b(the|these|those) (\w+ )?(points|benefits|findings|results|claims|effects|uses|signals) (listed |mentioned |described )?above\b|\bthe above\b|\baforementioned\b/i;
const CLAUSE_BREAK = /[,;:()]|\s[–—-]\s|—|\b(?:while|but|whereas|although|so|because)\b/;

/**
 * The claims each passage of a document makes (passages making none are left out): known claims
 * it matches, those of the points it refers back to, and the broader claims they refine; a new
 * claim in its own words where it matches none, or says more than the claims it matches.
 */
export function linkPassages(passages: readonly Passage[], knownClaims: readonly KnownClaim[], threshold = LINK_THRESHOLD): Map<number, Link[]> {
  const matcher = new ClaimMatcher(knownClaims);
  const rankings = rankPassages(passages, matcher);
  const links = new Map<number, Link[]>();
  for (const passage of passages) {
    const ranked = rankings[passage.index]!;
    const best = ranked[0]?.score ?? 0;
    if (!makesAClaim(passage, best >= threshold)) continue;
    const matched: Link[] = ranked
      .filter((m) => m.score >= threshold && m.score >= best * ALSO_WITHIN)
      .slice(0, MAX_CLAIMS_PER_PASSAGE)
      .map((m) => ({ ...m, isNew: false }));
    const referred = BACK_REFERENCE.test(passage.text) ? referredTo(passage, passages).flatMap((p) => links.get(p.index) ?? []).filter((l) => !l.isNew) : [];
    const stance = readStance(passage.text).stance;
    const known = distinct([...matched, ...referred]);
    const linked = distinct([...known, ...broaderOf(known.filter((l) => stanceTowards(l, stance) === 'SUPPORTS'), knownClaims)]);
    const saysMore = linked.length === 0 || matcher.explained(passage.text, linked.map((l) => l.slug!)) < EXPLAINED_ENOUGH;
    const fresh: Link[] = saysMore ? [{ slug: null, statement: passage.text.replace(/\s+/g, ' ').slice(0, 300), score: best, isNew: true }] : [];
    links.set(passage.index, [...linked, ...fresh]);
  }
  return links;
}

/** Known claims ranked for each passage as the assistant links them: by sentence or clause, less their pull on the whole document. */
export function rankPassages(passages: readonly Passage[], matcher: ClaimMatcher): ClaimMatch[][] {
  return withoutHubness(passages.map((p) => rankedByClause(matcher, p.text)));
}

/** A statement about the subject, one that names a kind of evidence, or one close to a known claim. */
function makesAClaim(passage: Passage, closeToKnown: boolean): boolean {
  return passage.aboutSubject || (passage.statement && (closeToKnown || readEvidence(passage.text).cues.length > 0));
}

/** Known claims by their best score for the sentence or, discounted, for one of its clauses (a long sentence often makes several claims). */
function rankedByClause(matcher: ClaimMatcher, text: string): ClaimMatch[] {
  const best = new Map(matcher.ranked(text).map((m) => [m.slug, m]));
  const clauses = text.split(CLAUSE_BREAK).filter((c) => (c.match(/[a-z]{3,}/gi) ?? []).length >= 3);
  if (clauses.length < 2) return [...best.values()];
  for (const clause of clauses) {
    for (const m of matcher.ranked(clause)) {
      const score = m.score * CLAUSE_DISCOUNT;
      if (score > best.get(m.slug)!.score) best.set(m.slug, { ...m, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Local scaling against hubs: a claim whose words are common in this document scores high on many
 * of its passages. Each claim's scores are lowered by how much more than the average claim it
 * pulls on the document's best-matching passages.
 */
function withoutHubness(rankings: ClaimMatch[][]): ClaimMatch[][] {
  const scores = new Map<string, number[]>();
  for (const ranking of rankings) for (const m of ranking) scores.set(m.slug, [...(scores.get(m.slug) ?? []), m.score]);
  const hub = new Map([...scores].map(([slug, s]) => [slug, s.sort((a, b) => b - a).slice(0, HUBNESS_PASSAGES).reduce((a, b) => a + b, 0) / HUBNESS_PASSAGES]));
  const mean = [...hub.values()].reduce((a, b) => a + b, 0) / Math.max(1, hub.size);
  const weight = (HUBNESS_WEIGHT * rankings.length) / (rankings.length + HUBNESS_HALF_AT);
  return rankings.map((ranking) => ranking.map((m) => ({ ...m, score: m.score - weight * (hub.get(m.slug)! - mean) })).sort((a, b) => b.score - a.score));
}

/** The broader claims of the linked ones: a passage that supports a narrower claim supports the claim it refines. */
function broaderOf(linked: readonly Link[], knownClaims: readonly KnownClaim[]): Link[] {
  const bySlug = new Map(knownClaims.map((c) => [c.slug, c]));
  return linked.flatMap((l) => {
    const broader = bySlug.get(bySlug.get(l.slug!)?.refines ?? '');
    return broader ? [{ slug: broader.slug, statement: broader.statement, score: l.score, isNew: false }] : [];
  });
}

const distinct = (links: Link[]) => links.filter((l, i) => links.findIndex((m) => m.slug === l.slug) === i);
