import { quoteAt } from '../anchoring.js';
import type { Grading, Quote } from '../types.js';
import { ClaimLinker, LINK_PARAMETERS, type Link, type LinkParameters, type LinkReason } from './claim-links.js';
import type { ClaimMatch, KnownClaim } from './claim-matcher.js';
import { citationIn, hedgeIn, readEvidenceInParagraphs, type EvidenceReading } from './evidence-cues.js';
import { readStanceTowards } from './stance-cues.js';
import { passagesOf, type Passage } from './passages.js';

export { LINK_PARAMETERS, type LinkParameters, type LinkReason } from './claim-links.js';

export interface Proposal extends Grading {
  quote: Quote;
  claim: { slug: string | null; statement: string; isNew: boolean; score: number };
  /** Why this claim: the passage matches it, refers back to passages that do, supports a narrower one, is nearest to it, or makes it new. */
  linkReason: LinkReason;
  confidence: number;
}

const ATTRIBUTION = /\b(Dr\.? [A-Z][a-z]+(?: [A-Z][a-z]+)*)\b/;

/** The grading assistant: every passage of a text that makes a claim, linked, graded and explained. */
export function proposeAssertions(text: string, knownClaims: readonly KnownClaim[]): Proposal[] {
  return new GradingAssistant(knownClaims).propose(text);
}

export interface AssistantOptions {
  /**
   * Keep what was read of each document (its passages, its rankings), so that proposing it again
   * with other parameters costs only the decisions: for the evaluation's sweep over a fixed set. Off
   * for a server's kept index, which would otherwise hold every document it was ever given.
   */
  keepsReadings?: boolean;
}

/** The assistant for one state of the base. */
export class GradingAssistant {
  private readonly linker: ClaimLinker;
  private readonly passages: Map<string, Passage[]> | null;

  constructor(knownClaims: readonly KnownClaim[] | ClaimLinker, options: AssistantOptions = {}) {
    this.linker =
      knownClaims instanceof ClaimLinker ? knownClaims : new ClaimLinker(knownClaims, options.keepsReadings ?? false);
    this.passages = this.linker.keepsReadings ? new Map() : null;
  }

  /** The assistant with some claims added or changed (each with all its texts), its index grown rather than built again. */
  withClaims(claims: readonly KnownClaim[]): GradingAssistant {
    return new GradingAssistant(this.linker.withClaims(claims));
  }

  /** How many claims were added or changed since its index was built from the whole base. */
  get changedSince(): number {
    return this.linker.changedSince;
  }

  propose(text: string, parameters: LinkParameters = LINK_PARAMETERS): Proposal[] {
    const passages = this.passagesOf(text);
    const links = this.linker.link(text, passages, parameters);
    const evidence = readEvidenceInParagraphs(passages);
    return passages.flatMap((passage) =>
      proposalsOf(text, passage, evidence[passage.index]!, links.get(passage.index) ?? [], parameters),
    );
  }

  /** Each passage of the text with the known claims ranked for it, as the assistant reads them with these parameters. */
  rankings(text: string, parameters: LinkParameters = LINK_PARAMETERS): { passage: Passage; ranked: ClaimMatch[] }[] {
    const passages = this.passagesOf(text);
    const rankings = this.linker.ranked(text, passages, parameters);
    return passages.map((passage) => ({ passage, ranked: rankings[passage.index]! }));
  }

  private passagesOf(text: string): Passage[] {
    let passages = this.passages?.get(text);
    if (!passages) this.passages?.set(text, (passages = passagesOf(text)));
    return passages ?? passagesOf(text);
  }
}

function proposalsOf(
  text: string,
  passage: Passage,
  evidence: EvidenceReading,
  links: Link[],
  parameters: LinkParameters,
): Proposal[] {
  const quote = quoteAt(text, passage.start, passage.end);
  const hedge = hedgeIn(passage.text);
  const citation = citationIn(passage.text);
  return links.map((link) => {
    const claim = { slug: link.slug, statement: link.statement, isNew: link.isNew, score: round(link.score) };
    const stance = readStanceTowards(claim, link.saying, passage.text);
    return {
      quote,
      claim,
      linkReason: link.why,
      stance: stance.stance,
      grade: evidence.grade,
      basis: evidence.basis,
      rationale: `${rationaleOf(evidence, stance.cue, hedge)}${linkReasonOf(
        link,
        parameters,
        links.some((l) => l.isNew),
      )}`,
      hedged: hedge !== null,
      cited: citation !== null,
      attribution: ATTRIBUTION.exec(passage.text)?.[1] ?? null,
      confidence: round(confidenceOf(claim.isNew ? 0 : claim.score, evidence.cues.length > 0, evidence.mixed)),
    };
  });
}

function rationaleOf(evidence: EvidenceReading, stanceCue: string | null, hedge: string | null): string {
  const cues = evidence.cues.map((c) => `"${c}"`).join(', ');
  const basis =
    evidence.cues.length === 0
      ? `No kind of evidence is named: ${evidence.grade} (${evidence.basis}).`
      : evidence.carried
        ? `Reports what the paragraph's study found (${cues}): ${evidence.grade} (${evidence.basis}).`
        : evidence.mixed
          ? `Names several bases (${cues}); graded by the weakest: ${evidence.grade} (${evidence.basis}).`
          : `Rests on ${cues}: ${evidence.grade} (${evidence.basis}).`;
  const stance = stanceCue ? ` Stance read from "${stanceCue}".` : '';
  return `${basis}${stance}${hedge ? ` Hedged by "${hedge}".` : ''}`;
}

/** Why the claim, where the score alone does not say it. */
function linkReasonOf(link: Link, parameters: LinkParameters, besideNew: boolean): string {
  switch (link.why) {
    case 'nearest':
      return ` No known claim reaches the link threshold (${parameters.threshold}); this is the nearest (${round(link.score)}), ${besideNew ? 'proposed beside a new claim' : 'the passage worded in the base’s words: confirm or replace it'}.`;
    case 'refers-back':
      return ' Linked through the points above that it refers back to.';
    case 'broader':
      return ' Linked as the broader claim of one it supports.';
    default:
      return '';
  }
}

function confidenceOf(linkScore: number, namedBasis: boolean, mixed: boolean): number {
  const link = Math.min(1, linkScore / 0.6);
  const grading = namedBasis ? (mixed ? 0.6 : 0.8) : 0.5;
  return 0.5 * link + 0.5 * grading;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
