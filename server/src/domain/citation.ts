import { Cite, plugins } from '@citation-js/core';
import { parse as parseName } from '@citation-js/name';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { AMA_STYLE_XML } from './ama-style.js';
import type { Consensus } from './consensus.js';
import type { Grade, Quote, SourceRecord, Stance } from './types.js';

export const CITATION_FORMATS = ['AMA', 'VANCOUVER', 'CSL_JSON', 'BIBTEX', 'RIS'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

const AMA_TEMPLATE = 'claimgraph-ama';
const styles = plugins.config.get('@csl').styles;
if (!styles.has(AMA_TEMPLATE)) styles.add(AMA_TEMPLATE, AMA_STYLE_XML);

export type CitableSource = Pick<
  SourceRecord,
  'id' | 'title' | 'kind' | 'publisher' | 'authors' | 'url' | 'publishedAt' | 'retrievedAt'
>;

export interface CitableAssertion {
  id: string;
  quote: Quote;
  stance: Stance;
  grade: Grade;
  basis: string;
  hedged: boolean;
  cited: boolean;
  /** The page of a PDF source the quote stands on. */
  page?: number | null;
}

const CSL_TYPES: Record<string, string> = {
  peer_reviewed_paper: 'article-journal',
  magazine_feature: 'article-magazine',
  regulatory_notice: 'report',
};

function dateParts(date: string | null): { 'date-parts': number[][] } | undefined {
  return date ? { 'date-parts': [date.split('-').map(Number)] } : undefined;
}

/** A source as a CSL-JSON item: the form every other citation format is made from. */
export function cslItem(source: CitableSource, note?: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries({
      id: source.id,
      type: CSL_TYPES[source.kind] ?? 'webpage',
      title: source.title,
      author: source.authors.map((name) => parseName(name)),
      'container-title': source.publisher ?? undefined,
      publisher: source.publisher ?? undefined,
      issued: dateParts(source.publishedAt),
      accessed: dateParts(source.retrievedAt),
      URL: source.url ?? undefined,
      note,
    }).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
}

/** What claimgraph adds to a reference: the passage, its grade and what it says of the claim. */
export function gradingNote(assertion: CitableAssertion, claimStatement: string, permalink: string): string {
  const marks = [
    assertion.basis.replace(/_/g, ' '),
    assertion.hedged ? 'hedged' : null,
    assertion.cited ? 'cited' : 'uncited',
  ]
    .filter(Boolean)
    .join('; ');
  const where = assertion.page ? ` (p. ${assertion.page})` : '';
  return `Quoted passage${where}: “${assertion.quote.exact.replace(/\s+/g, ' ').trim()}” Evidence grade: ${assertion.grade} (${marks}). Stance: ${assertion.stance} the claim “${claimStatement}”. Graded in claimgraph: ${permalink}`;
}

export function formatCitation(item: Record<string, unknown>, format: CitationFormat): string {
  const cite = new Cite([item]);
  switch (format) {
    case 'CSL_JSON':
      return JSON.stringify([item], null, 2);
    case 'BIBTEX':
      return cite.format('bibtex').trim();
    case 'RIS':
      return cite.format('ris').trim();
    case 'AMA':
    case 'VANCOUVER': {
      const reference = cite
        .format('bibliography', {
          format: 'text',
          template: format === 'AMA' ? AMA_TEMPLATE : 'vancouver',
          lang: 'en-US',
        })
        .trim()
        .replace(/^1\.\s*/, '');
      return typeof item.note === 'string' ? `${reference} ${item.note}` : reference;
    }
  }
}

/** A claim cited as an entry of the knowledge base, with its consensus as the note. */
export function claimItem(
  claim: { slug: string; statement: string },
  consensus: Consensus,
  permalink: string,
  accessed: Date,
): Record<string, unknown> {
  const note = `Consensus: ${consensus.status} (${consensus.supporting} supporting, ${consensus.contradicting} contradicting, ${consensus.qualifying} qualifying source(s); best supporting grade ${consensus.bestGrade ?? 'none'}${consensus.gradeConflict ? '; sources disagree on the strength of the evidence' : ''}).`;
  return {
    id: `claim-${claim.slug}`,
    type: 'dataset',
    title: claim.statement,
    'container-title': 'claimgraph',
    publisher: 'claimgraph',
    URL: permalink,
    accessed: { 'date-parts': [[accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()]] },
    note,
  };
}
