import type { ClaimRepository } from '../db/claim.repository.js';
import type { Proposal } from '../domain/assistant/propose.js';
import { AssistantThreadStopped, inThisThread, type AssistantHost, type HostedAssistant } from './assistant-host.js';

/**
 * Claims added or changed since the index was built from the whole base, past which it is built
 * again: each changed claim is matched apart from the built index (see GrownClaimMatcher), which
 * costs a passage a little more with every one.
 */
export const REBUILD_AFTER_CHANGED_CLAIMS = 2_000;

/**
 * What tells this process that the base changed under it: counts of claims and assertions, and of
 * revisions, which every change made through the services (curation, review, `kb load` beside the
 * server) records, so that a claim reworded or a quote moved elsewhere, counts unchanged, is seen.
 */
type Fingerprint = { claims: number; assertions: number; revisions: number };

/** What the index did so far, for /health: an operator sees it kept (builds stays put while ingests go on). */
export interface AssistantIndexStats {
  /** Times it was built from the whole base (the first use, another process's change, too many changed claims). */
  builds: number;
  /** Times it was grown by the claims a write of this process touched. */
  grown: number;
}
interface Kept {
  assistant: HostedAssistant;
  fingerprint: Fingerprint;
}

/**
 * The grading assistant's index, kept between ingests (building it reads every claim with up to 50
 * quotes: seconds at a million assertions) and brought up to date by writes. A write of this process
 * names the claims it touched (`changed`: created, a quote added, taken away or moved), and once it
 * commits the base's fingerprint is read at once (`wrote`): at the next use, a base still at that
 * fingerprint has only those claims read again and grown into the index; a base that moved on since
 * (another process wrote: `kb load`, another instance) has the index built again.
 */
export class AssistantIndex {
  private kept: Promise<Kept> | null = null;
  private readonly touched = new Set<string>();
  /** The fingerprint read right after this process's latest write, while no use has taken it in yet. */
  private afterOwnWrite: Promise<Fingerprint> | null = null;
  private readonly counts: AssistantIndexStats = { builds: 0, grown: 0 };

  constructor(
    private readonly claims: Pick<ClaimRepository, 'known' | 'knownBySlugs' | 'assistantFingerprint'>,
    /** Where the assistant runs: the server gives it a thread of its own (AssistantThread). */
    private readonly host: AssistantHost = inThisThread,
  ) {}

  async propose(text: string): Promise<Proposal[]> {
    try {
      return await (await this.assistant()).propose(text);
    } catch (error) {
      if (!(error instanceof AssistantThreadStopped)) throw error;
      // The thread and its index are gone (it crashed, or ran out of memory): built again, once.
      this.kept = null;
      return (await this.assistant()).propose(text);
    }
  }

  /** The assistant as the base stands now. */
  async assistant(): Promise<HostedAssistant> {
    const ownWrite = this.afterOwnWrite;
    this.afterOwnWrite = null;
    const now = await this.claims.assistantFingerprint();
    const current = this.kept ? await this.kept.catch(() => null) : null;
    const expected = ownWrite ? await ownWrite.catch(() => null) : (current?.fingerprint ?? null);
    const onlyOwnWrites = current !== null && expected !== null && same(expected, now);
    const touched = [...this.touched];
    this.touched.clear();
    if (onlyOwnWrites && touched.length === 0) {
      if (!same(current.fingerprint, now)) this.kept = Promise.resolve({ ...current, fingerprint: now });
      return current.assistant;
    }
    const growable = onlyOwnWrites && current.assistant.changedSince + touched.length <= REBUILD_AFTER_CHANGED_CLAIMS;
    this.counts[growable ? 'grown' : 'builds'] += 1;
    this.kept = growable
      ? this.claims
          .knownBySlugs(touched)
          .then(async (claims) => ({ assistant: await current.assistant.withClaims(claims), fingerprint: now }))
      : this.claims.known().then(async (known) => ({ assistant: await this.host.build(known), fingerprint: now }));
    return (await this.kept).assistant;
  }

  /** A write of this process created these claims, or gave them a quote, took one away or moved one. */
  changed(slugs: Iterable<string>): void {
    for (const slug of slugs) this.touched.add(slug);
  }

  /**
   * A write of this process committed (createServices tells every one): the base's fingerprint is
   * read now, so that the next use tells this process's writes from anyone else's. A write not told
   * costs the next ingest a build, never a stale index.
   */
  wrote(): void {
    const read = this.claims.assistantFingerprint();
    read.catch(() => {}); // a failed read means a build at the next use, where it is awaited
    this.afterOwnWrite = read;
  }

  stats(): AssistantIndexStats {
    return { ...this.counts };
  }

  /** Stops the assistant's thread, if it has one. */
  close(): Promise<void> {
    return this.host.close();
  }
}

const same = (a: Fingerprint, b: Fingerprint) =>
  a.claims === b.claims && a.assertions === b.assertions && a.revisions === b.revisions;
