import { ClaimMatcher, GrownClaimMatcher, type ClaimIndex, type ClaimMatch, type KnownClaim } from './claim-matcher.js';
import { documentSubject, statementOf, subjectsOf } from './claim-statement.js';
import { readEvidence } from './evidence-cues.js';
import { readStance, readStanceTowards, refutes } from './stance-cues.js';
import { referredTo, type Passage } from './passages.js';

/** How the assistant decides a passage's claims: chosen by a rule, not by hand (`npm run eval -- --sweep`). */
export interface LinkParameters {
  /** Below this score a passage is not linked to a known claim. */
  threshold: number;
  /** Weight of containment beside cosine in the score (ClaimMatcher). */
  containmentWeight: number;
  /**
   * A sentence is also read together with the sentence before it in its paragraph, its scores
   * discounted by this weight ("This is why…", "However, products vary…" lean on what came before); 0 reads it alone.
   */
  contextWeight: number;
  /** Below this share of its weight explained by its links, a passage is also proposed as a new claim. */
  explainedEnough: number;
  /**
   * A passage proposed as a new claim only is also proposed with its best-ranked known claim when
   * that scores at least this (the curator picks one): a paraphrase scores below the threshold.
   */
  nearestFloor: number;
  /**
   * A passage linked to a known claim, or offered its nearest, is also proposed as a new claim only
   * when at least this share of its words is rare in the base (see `rareBelow`): a passage that
   * says what the base lacks says it in words the base has seldom seen, while one worded wholly in
   * the base's common words is a (re)statement of claims it has, the new claim beside them noise.
   */
  unseenEnough: number;
  /**
   * A word is rare when at most this share of the base's texts (statements and quotes) hold it. A
   * share, not "no text": every accepted quote joins its claim's texts, so in a base of thousands of
   * quotes almost every word has been seen once, and a gate on words never seen would almost never
   * let a new claim through beside a link (on the tuning part, grown by its curated passages, the
   * share of passages passing fell 75% -> 26%). 0.004 is below one text in the seeds' base
   * (about 220 texts), so there it is "no text" as before; it holds near 52% of passages passing
   * as the base grows (`npm run eval -- --gate-sweep`).
   */
  rareBelow: number;
}

/**
 * The parameters in use: on a grid (threshold 0.01 apart), the most right claim links on
 * leave-one-source-out among settings that keep at least half of the proposals right and the
 * labeled documents' claim links at least half right. The F1 of the two is shown beside it.
 */
export const LINK_PARAMETERS: LinkParameters = {
  threshold: 0.41,
  containmentWeight: 0.3,
  contextWeight: 0,
  explainedEnough: 0.6,
  nearestFloor: 0.3,
  unseenEnough: 0.25,
  rareBelow: 0.004,
};

/**
 * A passage's ranking keeps its best claims only, for the clause and the sentence before alike: the
 * rest score far under any link (this matters on a large base, where a common word is shared with thousands).
 */
const RANKED_PER_PASSAGE = 200;
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

/**
 * Why a passage is linked to a claim: it matches it; it refers back to passages that do; the
 * claim is the broader one of a claim it supports; it is the nearest known claim of a passage
 * that matches none (offered beside a new claim where the passage has words the base lacks); or the
 * claim is new, in the passage's words.
 */
export type LinkReason = 'matches' | 'refers-back' | 'broader' | 'nearest' | 'new';

export interface Link {
  slug: string | null;
  statement: string;
  score: number;
  isNew: boolean;
  why: LinkReason;
  /** The part of the passage that says it: the clause matching the claim best, where the passage has several (its stance is read there). */
  saying: string;
}

const BACK_REFERENCE =
  /\b(the|these|those) (\w+ )?(points|benefits|findings|results|claims|effects|uses|signals) (listed |mentioned |described )?above\b|\bthe above\b|\baforementioned\b/i;
const CLAUSE_BREAK = /[,;:()]|\s[–—-]\s|—|\b(?:while|but|whereas|although|so|because)\b/;

/**
 * Links the passages of documents to the claims the base knows. Rankings depend on the document
 * and the context and containment weights only, so they can be kept (`keepsReadings`): the
 * evaluation's sweep decides many times on one ranking.
 */
export class ClaimLinker {
  private readonly matchers = new Map<number, ClaimIndex>();
  private readonly rankings: Map<string, ClaimMatch[][]> | null;
  private readonly bySlug: ReadonlyMap<string, KnownClaim>;
  private readonly subjects: ReadonlyMap<string, number>;

  constructor(
    private readonly knownClaims: readonly KnownClaim[],
    readonly keepsReadings = false,
    /** The matchers as first built from the whole base, and the claims added or changed since (see `withClaims`). */
    private readonly built: { matchers: Map<number, ClaimMatcher>; changed: readonly KnownClaim[]; added: number } = {
      matchers: new Map(),
      changed: [],
      added: 0,
    },
  ) {
    this.rankings = keepsReadings ? new Map() : null;
    this.bySlug = new Map(knownClaims.map((c) => [c.slug, c]));
    this.subjects = subjectsOf(knownClaims.map((c) => c.statement));
  }

  /** How many claims were added or changed since the matchers were built from the whole base. */
  get changedSince(): number {
    return this.built.changed.length;
  }

  /**
   * This linker with some claims added or changed (a new claim, a claim with a new quote), each
   * given with all its texts: the matchers already built are kept and grown, not built again.
   */
  withClaims(claims: readonly KnownClaim[]): ClaimLinker {
    const slugs = new Set(claims.map((c) => c.slug));
    const known = [...this.knownClaims.filter((c) => !slugs.has(c.slug)), ...claims];
    const changed = [...this.built.changed.filter((c) => !slugs.has(c.slug)), ...claims];
    const added = known.length - this.knownClaims.length + this.built.added;
    return new ClaimLinker(known, this.keepsReadings, { matchers: this.built.matchers, changed, added });
  }

  /**
   * The claims each passage of a document makes (passages making none are left out): known claims
   * it matches, those of the points it refers back to, and the broader claims they refine; a new
   * claim in its own words where it matches none, or says more than the claims it matches.
   */
  link(text: string, passages: readonly Passage[], parameters: LinkParameters = LINK_PARAMETERS): Map<number, Link[]> {
    const rankings = this.ranked(text, passages, parameters);
    const matcher = this.matcherFor(parameters);
    const links = new Map<number, Link[]>();
    const subject = documentSubject(text, this.subjects);
    for (const passage of passages) {
      const ranked = rankings[passage.index]!;
      const best = ranked[0]?.score ?? 0;
      if (!makesAClaim(passage, best >= parameters.threshold)) continue;
      const saying = sayingIn(passage.text, matcher);
      const matched: Link[] = ranked
        .filter((m) => m.score >= parameters.threshold && m.score >= best * ALSO_WITHIN)
        .slice(0, MAX_CLAIMS_PER_PASSAGE)
        .map((m) => ({ ...m, isNew: false, why: 'matches' as const, saying: saying(m.slug) }));
      const referred: Link[] = BACK_REFERENCE.test(passage.text)
        ? referredTo(passage, passages)
            .flatMap((p) => links.get(p.index) ?? [])
            .filter((l) => !l.isNew)
            .map((l) => ({ ...l, why: 'refers-back', saying: passage.text }))
        : [];
      /** The links with the broader claim of each one the passage supports. */
      const withBroader = (some: Link[]) =>
        distinct([
          ...some,
          ...broaderOf(
            some.filter((l) => readStanceTowards(l, l.saying, passage.text).stance === 'SUPPORTS'),
            this.bySlug,
          ),
        ]);
      const linked = withBroader(distinct([...matched, ...referred]));
      const nearest = withBroader(
        linked.length === 0 && ranked[0] && best >= parameters.nearestFloor
          ? [{ ...ranked[0], isNew: false, why: 'nearest', saying: saying(ranked[0].slug) }]
          : [],
      );
      const saysMore =
        linked.length + nearest.length === 0 ||
        ((linked.length === 0 ||
          matcher.explained(
            passage.text,
            linked.map((l) => this.bySlug.get(l.slug!)!),
          ) < parameters.explainedEnough) &&
          matcher.unseenShare(passage.text, parameters.rareBelow) >= parameters.unseenEnough);
      const fresh: Link[] = saysMore
        ? [
            {
              slug: null,
              statement: statementOf(passage.text, subject),
              score: best,
              isNew: true,
              why: 'new',
              saying: passage.text,
            },
          ]
        : [];
      links.set(passage.index, [...linked, ...nearest, ...fresh]);
    }
    return links;
  }

  /** Known claims ranked for each passage as the assistant links them: by sentence, clause or with the sentence before, less their pull on the whole document. */
  ranked(
    text: string,
    passages: readonly Passage[],
    parameters: Pick<LinkParameters, 'contextWeight' | 'containmentWeight'>,
  ): ClaimMatch[][] {
    const key = `${parameters.contextWeight}/${parameters.containmentWeight}\u0000${text}`;
    let rankings = this.rankings?.get(key);
    if (!rankings) {
      const matcher = this.matcherFor(parameters);
      rankings = withoutHubness(
        passages.map((p) => rankedInContext(matcher, p, passages, parameters.contextWeight)),
        matcher.size,
      );
      this.rankings?.set(key, rankings);
    }
    return rankings;
  }

  private matcherFor({ containmentWeight }: Pick<LinkParameters, 'containmentWeight'>): ClaimIndex {
    let matcher = this.matchers.get(containmentWeight);
    if (!matcher) {
      let base = this.built.matchers.get(containmentWeight);
      if (!base)
        this.built.matchers.set(containmentWeight, (base = new ClaimMatcher(this.knownClaims, containmentWeight)));
      matcher =
        this.built.changed.length === 0
          ? base
          : new GrownClaimMatcher(base, this.built.changed, containmentWeight, this.built.added);
      this.matchers.set(containmentWeight, matcher);
    }
    return matcher;
  }
}

/** Known claims by their best score for the sentence, one of its clauses, or (discounted) the sentence read after the one before it when it leans on it. */
function rankedInContext(
  matcher: ClaimIndex,
  passage: Passage,
  passages: readonly Passage[],
  contextWeight: number,
): ClaimMatch[] {
  const best = new Map(matcher.ranked(passage.text, RANKED_PER_PASSAGE).map((m) => [m.slug, m]));
  const raise = (matches: ClaimMatch[], weight: number) => {
    for (const m of matches) {
      const score = m.score * weight;
      if (score > (best.get(m.slug)?.score ?? 0)) best.set(m.slug, { ...m, score });
    }
  };
  const clauses = clausesOf(passage.text);
  if (clauses.length >= 2)
    for (const clause of clauses) raise(matcher.ranked(clause, RANKED_PER_PASSAGE), CLAUSE_DISCOUNT);
  const before = passages[passage.index - 1];
  if (contextWeight > 0 && before && before.line === passage.line && leansOnWhatCameBefore(passage.text))
    raise(matcher.ranked(`${before.text} ${passage.text}`, RANKED_PER_PASSAGE), contextWeight);
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** The clauses of a sentence that are long enough to say something of their own. */
function clausesOf(text: string): string[] {
  return text.split(CLAUSE_BREAK).filter((c) => (c.match(/[a-z]{3,}/gi) ?? []).length >= 3);
}

/**
 * For each claim, the clause of the sentence that matches it best ("pricey … , but not the miracle
 * the adverts suggest": the price is affirmed, the miracle denied); the sentence itself where it has
 * one clause, no clause shares a word with the claim, or a clause limits what came before it.
 */
function sayingIn(text: string, matcher: ClaimIndex): (slug: string) => string {
  const clauses = clausesOf(text);
  if (clauses.length < 2 || clauses.some(limitsWhatCameBefore)) return () => text;
  const scores = clauses.map(
    (clause) => new Map(matcher.ranked(clause, RANKED_PER_PASSAGE).map((m) => [m.slug, m.score])),
  );
  return (slug) => {
    let best = text;
    let bestScore = 0;
    scores.forEach((s, i) => {
      const score = s.get(slug) ?? 0;
      if (score > bestScore) [best, bestScore] = [clauses[i]!.trim(), score];
    });
    return best;
  };
}

/**
 * A clause that limits what the sentence said before it, naming it by a pronoun or as its effect:
 * "…increased collagen, but this has not been shown in human skin", "…lightened melasma, but the benefit faded";
 * or declares it false: "…cannot cause harm; this is not correct".
 */
const limitsWhatCameBefore = (clause: string) =>
  /^\s*(this|that|it|these|those|such|which|the (benefits?|effects?|improvements?|results?|changes?|gains?))\b/i.test(
    clause,
  ) &&
  (readStance(clause).stance === 'QUALIFIES' || refutes(clause));

/** Words by which a sentence leans on the one before it: it starts by going on from it, or refers back to what it named. */
const GOES_ON = /^(however|but|yet|so|thus|therefore|hence|also|still|instead|that)\b/i;
const REFERS_BACK = /\b(it|its|this|these|those|they|them|their|such)\b/i;

function leansOnWhatCameBefore(text: string): boolean {
  return GOES_ON.test(text.trim()) || REFERS_BACK.test(text);
}

/** A statement about the subject, one that names a kind of evidence, or one close to a known claim. */
function makesAClaim(passage: Passage, closeToKnown: boolean): boolean {
  return passage.aboutSubject || (passage.statement && (closeToKnown || readEvidence(passage.text).cues.length > 0));
}

/**
 * Local scaling against hubs: a claim whose words are common in this document scores high on many
 * of its passages. Each claim's scores are lowered by how much more than the average claim it
 * pulls on the document's best-matching passages.
 */
function withoutHubness(rankings: ClaimMatch[][], claimCount: number): ClaimMatch[][] {
  const scores = new Map<string, number[]>();
  for (const ranking of rankings) {
    for (const m of ranking) {
      const claimScores = scores.get(m.slug);
      if (claimScores) claimScores.push(m.score);
      else scores.set(m.slug, [m.score]);
    }
  }
  const hub = new Map(
    [...scores].map(([slug, s]) => [
      slug,
      s
        .sort((a, b) => b - a)
        .slice(0, HUBNESS_PASSAGES)
        .reduce((a, b) => a + b, 0) / HUBNESS_PASSAGES,
    ]),
  );
  const mean = [...hub.values()].reduce((a, b) => a + b, 0) / Math.max(1, claimCount);
  const weight = (HUBNESS_WEIGHT * rankings.length) / (rankings.length + HUBNESS_HALF_AT);
  return rankings.map((ranking) =>
    ranking
      .map((m) => ({ ...m, score: m.score - weight * (hub.get(m.slug)! - mean) }))
      .sort((a, b) => b.score - a.score),
  );
}

/** The broader claims of the linked ones: a passage that supports a narrower claim supports the claim it refines. */
function broaderOf(linked: readonly Link[], bySlug: ReadonlyMap<string, KnownClaim>): Link[] {
  return linked.flatMap((l) => {
    const broader = bySlug.get(bySlug.get(l.slug!)?.refines ?? '');
    return broader
      ? [
          {
            slug: broader.slug,
            statement: broader.statement,
            score: l.score,
            isNew: false,
            why: 'broader' as const,
            saying: l.saying,
          },
        ]
      : [];
  });
}

const distinct = (links: Link[]) => links.filter((l, i) => links.findIndex((m) => m.slug === l.slug) === i);
