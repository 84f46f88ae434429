import type { EntryFields, EntryKind } from './corpus-merge.js';
import type { AssertionRecord, ClaimRecord, SourceRecord } from './types.js';

/**
 * The entries of a corpus as the three-way merge compares them: per kind, the key and the fields a
 * data file carries. The live base is read into the same shape (corpus.repository.ts), so that a
 * base exported as a corpus and loaded again compares equal field by field.
 */
export interface CorpusEntry {
  kind: EntryKind;
  key: string;
  fields: EntryFields;
}

export const DEFAULT_GRADED_BY = 'curator';
export const DEFAULT_ANCHOR_STATE = 'ANCHORED';

export function sourceFields(s: SourceRecord): EntryFields {
  return {
    title: s.title,
    kind: s.kind,
    publisher: s.publisher,
    authors: s.authors,
    url: s.url,
    publishedAt: s.publishedAt,
    retrievedAt: s.retrievedAt,
    language: s.language,
    seedFile: s.seedFile ?? null,
    contentHash: s.contentHash,
    commercialInterest: s.commercialInterest,
    jama: s.jama,
  };
}

export function claimFields(c: ClaimRecord): EntryFields {
  return { statement: c.statement, topics: c.topics };
}

export function assertionFields(a: AssertionRecord): EntryFields {
  return {
    sourceId: a.sourceId,
    claimSlug: a.claimSlug,
    stance: a.stance,
    grade: a.grade,
    basis: a.basis,
    rationale: a.rationale,
    hedged: a.hedged,
    cited: a.cited,
    attribution: a.attribution,
    quote: a.quote,
    gradedBy: a.gradedBy ?? DEFAULT_GRADED_BY,
    anchorState: a.anchorState ?? DEFAULT_ANCHOR_STATE,
  };
}

/** A link between two claims, keyed by its type and ends; CONFLICTS_WITH is stored once, in slug order. */
export function linkKey(type: 'CONFLICTS_WITH' | 'REFINES', from: string, to: string): string {
  const [a, b] = type === 'CONFLICTS_WITH' ? [from, to].sort() : [from, to];
  return `${type} ${a} ${b}`;
}

export function parseLinkKey(key: string): { type: 'CONFLICTS_WITH' | 'REFINES'; from: string; to: string } {
  const [type, from, to] = key.split(' ') as ['CONFLICTS_WITH' | 'REFINES', string, string];
  return { type, from, to };
}

export interface ClaimLink {
  type: 'CONFLICTS_WITH' | 'REFINES';
  /** The claim that declares the link in data/ (lists the other in `conflictsWith`, or `refines` it). */
  from: string;
  to: string;
}

/** Every link data/ declares, by key; a conflict listed on both claims is one link, declared by the first. */
export function claimLinks(claims: readonly ClaimRecord[]): Map<string, ClaimLink> {
  const links = new Map<string, ClaimLink>();
  const add = (link: ClaimLink) => {
    const key = linkKey(link.type, link.from, link.to);
    if (!links.has(key)) links.set(key, link);
  };
  for (const c of claims) {
    for (const other of c.conflictsWith) add({ type: 'CONFLICTS_WITH', from: c.slug, to: other });
    if (c.refines) add({ type: 'REFINES', from: c.slug, to: c.refines });
  }
  return links;
}
