export const STANCES = ['SUPPORTS', 'CONTRADICTS', 'QUALIFIES'] as const;
export type Stance = (typeof STANCES)[number];

/** In evidence-pyramid order, weakest first: opinion and testimony, then laboratory work, then human studies. */
export const GRADES = ['ANECDOTAL', 'PRECLINICAL', 'CLINICAL'] as const;
export type Grade = (typeof GRADES)[number];

export const CONSENSUS_STATUSES = ['SUPPORTED', 'CONTESTED', 'CONTRADICTED', 'UNCLEAR'] as const;
export type ConsensusStatus = (typeof CONSENSUS_STATUSES)[number];

/**
 * The kinds of source (the enum of schema/data/source.schema.json), in the order a curator is
 * offered them: research first. The services refuse any other kind by name.
 */
export const SOURCE_KINDS = [
  'peer_reviewed_paper',
  'expert_review',
  'regulatory_notice',
  'magazine_feature',
  'clinic_page',
  'clinic_article',
  'clinic_blog_review',
  'clinic_faq',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** W3C Web Annotation TextPositionSelector (start, end; UTF-16 offsets, end exclusive) + TextQuoteSelector. */
export interface Quote {
  exact: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

export interface JamaBenchmark {
  met: boolean;
  reason: string;
}

export interface JamaBenchmarks {
  authorship: JamaBenchmark;
  attribution: JamaBenchmark;
  disclosure: JamaBenchmark;
  currency: JamaBenchmark;
}

export interface SourceRecord {
  id: string;
  title: string;
  kind: string;
  publisher: string | null;
  authors: string[];
  url: string | null;
  publishedAt: string | null;
  retrievedAt: string | null;
  language: string;
  /** The file a seed document came from, as its curator named it; kept so that an export gives it back. */
  seedFile?: string;
  contentHash: string;
  text: string;
  commercialInterest: { present: boolean; evidence: Quote | null };
  /** Null until a curator has assessed the source (a source made in the app starts without). */
  jama: JamaBenchmarks | null;
}

export interface ClaimRecord {
  slug: string;
  statement: string;
  topics: string[];
  conflictsWith: string[];
  refines: string | null;
}

/** What a grader says of one passage: its stance on a claim and the evidence it invokes. */
export interface Grading {
  stance: Stance;
  grade: Grade;
  basis: string;
  rationale: string;
  hedged: boolean;
  cited: boolean;
  attribution: string | null;
}

/** Where an assertion's quote stands after its source's text was revised (see reanchoring.ts). */
export const ANCHOR_STATES = ['ANCHORED', 'MOVED', 'ORPHANED'] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

export interface AssertionRecord extends Grading {
  id: string;
  sourceId: string;
  claimSlug: string;
  quote: Quote;
  /** `curator`, `curator:<name>` or `assistant:<confidence>`; data/ files may leave it out (a curator). */
  gradedBy?: string;
  /** ANCHORED unless a revised source text moved or orphaned the quote; an ORPHANED quote stands on an earlier text. */
  anchorState?: AnchorState;
}
