import type { ClaimRepository } from '../db/claim.repository.js';
import { GradingAssistant, type Proposal } from '../domain/assistant/propose.js';

/**
 * Claims added or changed since the index was built from the whole base, past which it is built
 * again: each changed claim is matched apart from the built index (see GrownClaimMatcher), which
 * costs a passage a little more with every one.
 */
export const REBUILD_AFTER_CHANGED_CLAIMS = 2_000;

type Fingerprint = { claims: number; assertions: number };

/** What the index did so far, for /health: an operator sees it kept (builds stays put while ingests go on). */
export interface AssistantIndexStats {
  /** Times it was built from the whole base (the first use, another process's change, too many changed claims). */
  builds: number;
  /** Times it was grown by the claims a write of this process touched. */
  grown: number;
}
interface Kept {
  assistant: GradingAssistant;
  fingerprint: Fingerprint;
}

/**
 * The grading assistant's index, kept between ingests (building it reads every claim with up to 50
 * quotes: seconds at a million assertions) and brought up to date by writes: a write of this process
 * names the claims it touched (`changed`: a quote added, taken away or moved), which are read again
 * and grown into the index; a base changed by another process (its claims or assertions counted
 * otherwise than this process accounts for) has it built again at its next use.
 */
export class AssistantIndex {
  private kept: Promise<Kept> | null = null;
  private readonly touched = new Set<string>();
  private readonly counts: AssistantIndexStats = { builds: 0, grown: 0 };

  constructor(private readonly claims: Pick<ClaimRepository, 'known' | 'knownBySlugs' | 'assistantFingerprint'>) {}

  async propose(text: string): Promise<Proposal[]> {
    return (await this.assistant()).propose(text);
  }

  /** The assistant as the base stands now. */
  async assistant(): Promise<GradingAssistant> {
    const now = await this.claims.assistantFingerprint();
    const current = this.kept ? await this.kept.catch(() => null) : null;
    if (current && same(current.fingerprint, now) && this.touched.size === 0) return current.assistant;
    const touched = [...this.touched];
    this.touched.clear();
    const growable =
      current && touched.length > 0 && current.assistant.changedSince + touched.length <= REBUILD_AFTER_CHANGED_CLAIMS;
    this.counts[growable ? 'grown' : 'builds'] += 1;
    this.kept = growable
      ? this.claims
          .knownBySlugs(touched)
          .then((claims) => ({ assistant: current.assistant.withClaims(claims), fingerprint: now }))
      : this.claims.known().then((known) => ({ assistant: new GradingAssistant(known), fingerprint: now }));
    return (await this.kept).assistant;
  }

  /** A write of this process created these claims, or gave them a quote, took one away or moved one. */
  changed(slugs: Iterable<string>): void {
    for (const slug of slugs) this.touched.add(slug);
  }

  stats(): AssistantIndexStats {
    return { ...this.counts };
  }
}

const same = (a: Fingerprint, b: Fingerprint) => a.claims === b.claims && a.assertions === b.assertions;
