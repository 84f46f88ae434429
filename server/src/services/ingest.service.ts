import type { NewProposalProps } from '../db/proposal.repository.js';
import type { Database } from '../db/repositories.js';
import { sha256 } from '../corpus/corpus-reader.js';
import type { KnownClaim } from '../domain/assistant/claim-matcher.js';
import { proposeAssertions, type Proposal } from '../domain/assistant/propose.js';
import { type Change, CurationError, requireText } from '../domain/curation.js';
import { insertSource, type NewSource } from './curation-steps.js';
import type { AssistantIndex } from './assistant-index.service.js';
import { pageOfOffset } from '../domain/pages.js';

/** A document to ingest: its text (already read from its format) and what is known of it. */
export interface IngestDocument {
  title: string;
  kind: string;
  text: string;
  publisher?: string | null;
  authors?: string[];
  url?: string | null;
  publishedAt?: string | null;
  language?: string;
  /** For a PDF, where each page starts in the text: each proposal names its page. */
  pageStarts?: number[] | null;
}

export interface IngestOptions {
  /** Propose and answer, write nothing. */
  dryRun?: boolean;
}

export interface IngestOutcome {
  /** The source stored (or the one that already has this text); null on a dry run. */
  sourceId: string | null;
  /** False when the same text was there already (nothing was stored) and on a dry run. */
  created: boolean;
  source: NewSource;
  /** What the assistant proposed: none when the text was there already. */
  proposals: Proposal[];
}

/** The grading assistant as the service calls it: the document's text and the claims it may link to. */
export type Assistant = (text: string, knownClaims: readonly KnownClaim[]) => Proposal[];

/**
 * A new document in, the grading assistant's proposals out, stored as PROPOSED for review; curated
 * assertions are never touched. The assistant (seconds on a large base) runs before any
 * transaction; the write transaction that stores the source and its proposals is short, checks
 * again that no source has the same text, and can be retried by the driver without running the
 * assistant again.
 */
export class IngestService {
  constructor(
    private readonly database: Database,
    private readonly assistant: Assistant = proposeAssertions,
    /** The server's kept index (AssistantIndex): proposing then costs no reading of every claim. */
    private readonly index: Pick<AssistantIndex, 'propose'> | null = null,
  ) {}

  async ingest(document: IngestDocument, change: Change, options: IngestOptions = {}): Promise<IngestOutcome> {
    const source = checkedSource(document);
    if (!options.dryRun) {
      const same = await this.database.repositories.sources.idWithContentHash(source.contentHash);
      if (same) return { sourceId: same, created: false, source, proposals: [] };
    }
    const proposals = this.index
      ? await this.index.propose(source.text)
      : this.assistant(source.text, await this.database.repositories.claims.known());
    if (options.dryRun) return { sourceId: null, created: false, source, proposals };
    return this.database.transaction(async (tx) => {
      const same = await tx.sources.idWithContentHash(source.contentHash);
      if (same) return { sourceId: same, created: false, source, proposals: [] };
      const sourceId = await insertSource(tx, source, change);
      await tx.proposals.store(
        sourceId,
        proposals.map((p) => storedProposal(p, source.pageStarts)),
      );
      return { sourceId, created: true, source, proposals };
    });
  }
}

function checkedSource(document: IngestDocument): NewSource {
  if (document.text.trim() === '') throw new CurationError('INVALID', 'the document has no text', 'text');
  return {
    title: requireText(document.title, 'title', { max: 500 }),
    kind: requireText(document.kind, 'kind', { max: 60 }),
    text: document.text,
    contentHash: sha256(document.text),
    publisher: document.publisher ?? null,
    authors: document.authors ?? [],
    url: document.url ?? null,
    publishedAt: document.publishedAt ?? null,
    language: document.language ?? 'en',
    pageStarts: document.pageStarts ?? null,
  };
}

function storedProposal(p: Proposal, pageStarts: readonly number[] | null | undefined): NewProposalProps {
  return {
    page: pageOfOffset(pageStarts, p.quote.start),
    ...p.quote,
    claimSlug: p.claim.slug,
    newStatement: p.claim.isNew ? p.claim.statement : null,
    claimScore: p.claim.score,
    linkReason: p.linkReason,
    stance: p.stance,
    grade: p.grade,
    basis: p.basis,
    rationale: p.rationale,
    hedged: p.hedged,
    cited: p.cited,
    attribution: p.attribution,
    confidence: p.confidence,
  };
}
