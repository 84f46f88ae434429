import path from 'node:path';
import type { Corpus } from '../corpus/corpus-reader.js';
import type { StoredConflict } from '../db/load-record.repository.js';
import type { Repositories } from '../db/repositories.js';
import type { NewRevision } from '../db/revision.repository.js';
import {
  assertionFields,
  claimFields,
  claimLinks,
  parseLinkKey,
  sourceFields,
  type ClaimLink,
} from '../domain/corpus-entries.js';
import {
  canonicalJson,
  differences,
  mergeAction,
  settledAction,
  type EntryFields,
  type EntryKind,
  type FieldDifference,
  type MergeAction,
  type MergeEntry,
  type Settlement,
} from '../domain/corpus-merge.js';
import { reanchor } from '../domain/reanchoring.js';
import type { AssertionRecord, ClaimRecord, SourceRecord } from '../domain/types.js';
import { refreshConsensus } from './consensus-refresh.js';

/** Entries compared and written per statement: a few hundred rows keep each statement's memory small and round trips few. */
const BATCH_SIZE = 500;

const PROGRESS_STEP: Record<EntryKind, LoadProgress['step']> = {
  Source: 'sources',
  Claim: 'claims',
  ClaimLink: 'links',
  Assertion: 'assertions',
};

export interface LoadProgress {
  step: 'sources' | 'claims' | 'links' | 'assertions' | 'consensus';
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Settle conflicts: take data/ or keep the base, for every conflict or only for these entries (ids, slugs). */
  settle?: { how: Settlement; entries: ReadonlySet<string> | null };
  onProgress?: (p: LoadProgress) => void;
}

/** A change on both sides of one entry, left as it is in the base until settled. */
export interface LoadConflict {
  kind: EntryKind;
  entry: string;
  file: string;
  line: number;
  fields: FieldDifference[];
}

export interface LoadReport {
  created: number;
  updated: number;
  deleted: number;
  /** Entries the base changed and data/ did not: kept as the base has them. */
  keptBase: number;
  /** Conflicts settled by this load (`--take data`, `--keep base`). */
  settled: number;
  /** Conflicts still open: nothing of these entries changed. */
  conflicts: LoadConflict[];
}

const REASONS = {
  data: 'data/ changed since it was last loaded (kb load)',
  'take-data': 'conflict settled with kb load --take data: data/ taken over the base',
  'keep-base': "conflict settled with kb load --keep base: the base kept, data/'s change declined",
} as const;

type Applied = { entry: MergeEntry; action: MergeAction; settled: Settlement | null };

/**
 * One load's work inside its transaction (see LoadService): made afresh if the driver retries the
 * transaction, so nothing of an attempt that failed carries over.
 */
export class MergeRun {
  private readonly report: LoadReport = { created: 0, updated: 0, deleted: 0, keptBase: 0, settled: 0, conflicts: [] };
  private readonly claimsToRefresh = new Set<string>();
  private readonly textChanged: string[] = [];
  private readonly deferredDeletes: Applied[] = [];
  private readonly revisions: Record<keyof typeof REASONS, NewRevision[]> = {
    data: [],
    'take-data': [],
    'keep-base': [],
  };
  private readonly records: {
    Source: Map<string, SourceRecord>;
    Claim: Map<string, ClaimRecord & { order: number }>;
    Assertion: Map<string, AssertionRecord & { order: number }>;
    ClaimLink: Map<string, ClaimLink>;
  };

  constructor(
    private readonly tx: Repositories,
    private readonly corpus: Corpus,
    private readonly options: LoadOptions,
    private readonly firstLoad: boolean,
    private readonly loaderVersion: number,
  ) {
    const perSource = new Map<string, number>();
    this.records = {
      Source: new Map(corpus.sources.map((s) => [s.id, s])),
      Claim: new Map(corpus.claims.map((c, order) => [c.slug, { ...c, order }])),
      // Each assertion's place in its source's file, so that an export writes the file in the same order.
      Assertion: new Map(
        corpus.assertions.map((a) => {
          const order = perSource.get(a.sourceId) ?? 0;
          perSource.set(a.sourceId, order + 1);
          return [a.id, { ...a, order }];
        }),
      ),
      ClaimLink: claimLinks(corpus.claims),
    };
    if (firstLoad) for (const c of corpus.claims) this.claimsToRefresh.add(c.slug);
  }

  private dataFields(kind: EntryKind, key: string): EntryFields | null {
    if (kind === 'ClaimLink') return this.records.ClaimLink.has(key) ? {} : null;
    if (kind === 'Source') return mapped(this.records.Source.get(key), sourceFields);
    if (kind === 'Claim') return mapped(this.records.Claim.get(key), claimFields);
    return mapped(this.records.Assertion.get(key), assertionFields);
  }

  async mergeKind(kind: EntryKind): Promise<void> {
    const inData = [...this.records[kind].keys()];
    const keys = [...new Set([...inData, ...(await this.tx.loads.baselineKeys(kind))])];
    for (let i = 0; i < keys.length; i += BATCH_SIZE) {
      const batch = keys.slice(i, i + BATCH_SIZE);
      const live = new Map((await this.tx.corpus.liveEntries(kind, batch)).map((r) => [r.key, r.fields]));
      const baselines = new Map((await this.tx.loads.baselines(kind, batch)).map((r) => [r.key, r.fields]));
      const decided = batch.map((key) =>
        this.decide({
          kind,
          key,
          baseline: baselines.get(key) ?? null,
          data: this.dataFields(kind, key),
          live: live.get(key) ?? null,
        }),
      );
      await this.apply(kind, decided);
      this.options.onProgress?.({
        step: PROGRESS_STEP[kind],
        done: Math.min(i + BATCH_SIZE, keys.length),
        total: keys.length,
      });
    }
    if (keys.length === 0) this.options.onProgress?.({ step: PROGRESS_STEP[kind], done: 0, total: 0 });
  }

  private decide(entry: MergeEntry): Applied {
    const action = mergeAction(entry);
    const settle = this.options.settle;
    if (action === 'conflict' && settle && (settle.entries === null || settle.entries.has(entry.key))) {
      return { entry, action: settledAction(entry, settle.how), settled: settle.how };
    }
    return { entry, action, settled: null };
  }

  private async apply(kind: EntryKind, decided: Applied[]): Promise<void> {
    const of = (...actions: MergeAction[]) => decided.filter((d) => actions.includes(d.action));
    const writes = of('create', 'update');
    let written = new Set(writes.map((d) => d.entry.key));
    if (kind === 'Source') {
      this.textChanged.push(
        ...(await this.tx.corpus.writeSources(writes.map((d) => this.records.Source.get(d.entry.key)!))),
      );
    } else if (kind === 'Claim') {
      await this.tx.corpus.writeClaims(writes.map((d) => this.records.Claim.get(d.entry.key)!));
      for (const d of writes) this.claimsToRefresh.add(d.entry.key);
    } else if (kind === 'ClaimLink') {
      await this.tx.corpus.writeLinks(writes.map((d) => this.records.ClaimLink.get(d.entry.key)!));
      await this.tx.corpus.deleteLinks(of('delete').map((d) => d.entry.key));
    } else {
      written = new Set(
        await this.tx.corpus.writeAssertions(writes.map((d) => this.records.Assertion.get(d.entry.key)!)),
      );
      for (const d of writes) {
        this.claimsToRefresh.add(d.entry.data!.claimSlug as string);
        if (d.entry.live) this.claimsToRefresh.add(d.entry.live.claimSlug as string);
      }
      for (const slug of await this.tx.corpus.deleteAssertions(of('delete').map((d) => d.entry.key)))
        this.claimsToRefresh.add(slug);
    }
    const settledNow: Applied[] = [];
    for (const d of decided) {
      if (d.action === 'delete' && (kind === 'Source' || kind === 'Claim')) this.deferredDeletes.push(d);
      else if (d.action === 'conflict') this.conflict(d.entry);
      else if (writes.includes(d) && !written.has(d.entry.key)) this.conflict(d.entry, unanchoredQuote(d.entry));
      else settledNow.push(d);
    }
    for (const d of settledNow) this.done(d);
    await this.recordBaselines(kind, settledNow);
  }

  /** Counts and records an applied decision. */
  private done({ entry, action, settled }: Applied): void {
    if (settled) this.report.settled += 1;
    const reason = settled ?? 'data';
    // An assertion's revision is also an entry of its claim's feed, naming its source.
    const about = entry.kind === 'Assertion' ? (entry.data ?? entry.live)! : null;
    const revision = (name: string, before: object | null, after: object | null) =>
      this.revisions[reason].push({
        targetType: entry.kind,
        targetId: entry.key,
        action: name,
        before,
        after,
        claimSlug: entry.kind === 'Claim' ? entry.key : about && String(about.claimSlug),
        sourceId: about && String(about.sourceId),
      });
    if (action === 'keep-base') {
      this.report.keptBase += 1;
      if (settled) revision('keep_base', null, { kept: entry.live, declined: entry.data });
    } else if (action === 'create') {
      this.report.created += 1;
      if (!this.firstLoad || settled) revision('load_create', null, entry.data);
    } else if (action === 'update') {
      this.report.updated += 1;
      revision('load', entry.live, entry.data);
    } else if (action === 'delete') {
      this.report.deleted += 1;
      revision('load_delete', entry.live, null);
    }
  }

  private conflict(entry: MergeEntry, fields: FieldDifference[] = differences(entry)): void {
    const located = entry.kind === 'ClaimLink' ? `Claim ${parseLinkKey(entry.key).from}` : `${entry.kind} ${entry.key}`;
    const at = this.corpus.locations?.get(located);
    this.report.conflicts.push({
      kind: entry.kind,
      entry: entry.key,
      file: at?.file ?? this.conventionalFile(entry),
      line: at?.line ?? 1,
      fields,
    });
  }

  /** Where data/ keeps an entry it no longer has, or a claim link (in the claims file). */
  private conventionalFile(entry: MergeEntry): string {
    const fields = entry.data ?? entry.live ?? {};
    if (entry.kind === 'Source') return path.join('data', 'sources', `${entry.key}.json`);
    if (entry.kind === 'Assertion') return path.join('data', 'assertions', `${String(fields.sourceId)}.json`);
    const claim = entry.kind === 'Claim' ? entry.key : parseLinkKey(entry.key).from;
    return this.corpus.locations?.get(`Claim ${claim}`)?.file ?? path.join('data', 'claims.json');
  }

  /** The baseline becomes today's data/ (or is forgotten with it) for every entry not left in conflict. */
  private async recordBaselines(kind: EntryKind, decided: Applied[]): Promise<void> {
    const changed = decided.filter((d) => (d.entry.data && canonicalJson(d.entry.data)) !== d.entry.baseline);
    await this.tx.loads.recordBaselines(
      kind,
      changed.filter((d) => d.entry.data).map((d) => ({ key: d.entry.key, fields: canonicalJson(d.entry.data) })),
    );
    await this.tx.loads.forgetBaselines(
      kind,
      changed.filter((d) => !d.entry.data).map((d) => d.entry.key),
    );
  }

  /** Deletions of sources and claims, once their assertions are gone; then re-anchoring, consensus, conflicts. */
  async finish(): Promise<LoadReport> {
    for (const kind of ['Source', 'Claim'] as const) {
      const candidates = this.deferredDeletes.filter((d) => d.entry.kind === kind);
      const held = new Map(
        (
          await this.tx.corpus.dependents(
            kind,
            candidates.map((d) => d.entry.key),
          )
        )
          .filter((r) => r.assertions + r.proposals > 0)
          .map((r) => [r.key, r]),
      );
      const deletable = candidates.filter((d) => !held.has(d.entry.key));
      await this.tx.corpus.deleteEntries(
        kind,
        deletable.map((d) => d.entry.key),
      );
      for (const d of deletable) this.done(d);
      for (const d of candidates.filter((c) => held.has(c.entry.key))) {
        const { assertions, proposals } = held.get(d.entry.key)!;
        this.conflict(d.entry, [
          {
            field: '(entry)',
            data: 'deleted',
            base: `has ${assertions} assertions and ${proposals} proposals on it that data/ does not hold`,
            loaded: 'present',
          },
        ]);
      }
      await this.tx.loads.forgetBaselines(
        kind,
        deletable.map((d) => d.entry.key),
      );
    }
    await this.reanchorAppMadeAssertions();
    await refreshConsensus(this.tx, [...this.claimsToRefresh], { actor: 'data/', reason: REASONS.data });
    this.options.onProgress?.({ step: 'consensus', done: this.claimsToRefresh.size, total: this.claimsToRefresh.size });
    for (const [reason, revisions] of Object.entries(this.revisions) as [keyof typeof REASONS, NewRevision[]][])
      await this.tx.revisions.record(revisions, { actor: 'data/', reason: REASONS[reason] });
    await this.tx.loads.replaceConflicts(this.report.conflicts.map(storedConflict));
    await this.tx.loads.markLoaded(this.corpus.hash, this.loaderVersion);
    return this.report;
  }

  /**
   * A source text changed by data/ moves the quotes of the assertions made on it in the app (data/'s
   * own come with their new offsets): each is found again by its TextQuote selector, as a curator's
   * revision of the text does, or kept as ORPHANED.
   */
  private async reanchorAppMadeAssertions(): Promise<void> {
    for (const sourceId of this.textChanged) {
      const text = this.records.Source.get(sourceId)!.text;
      const appMade = (await this.tx.corpus.selectorsOn([sourceId])).filter((a) => !this.records.Assertion.has(a.id));
      const moved = appMade.flatMap(({ id, anchorState, ...stored }) => {
        const { state, quote } = reanchor(text, stored);
        const same = state === anchorState && canonicalJson(quote) === canonicalJson(stored);
        return same ? [] : [{ id, state, quote, before: { anchorState, ...stored } }];
      });
      await this.tx.assertions.reanchor(moved.map(({ id, state, quote }) => ({ id, state, quote })));
      for (const m of moved)
        this.revisions.data.push({
          targetType: 'Assertion',
          targetId: m.id,
          action: 'reanchor',
          before: m.before,
          after: { anchorState: m.state, ...m.quote },
        });
      // Page keys hold the quote's position.
      const claims = await this.tx.assertions.getByIds(moved.map((m) => m.id));
      for (const a of claims) if (a) this.claimsToRefresh.add(a.claimSlug);
    }
  }
}

function mapped<T>(record: T | undefined, fields: (r: T) => EntryFields): EntryFields | null {
  return record === undefined ? null : fields(record);
}

/** An assertion from data/ that could not be written: its quote is not in the base's text of its source. */
function unanchoredQuote(entry: MergeEntry): FieldDifference[] {
  const sourceId = String(entry.data!.sourceId);
  return [
    {
      field: 'quote',
      data: entry.data!.quote,
      base: `not in the base's text of source "${sourceId}" (or that source or claim is missing): settle the source's conflict first`,
      loaded: undefined,
    },
  ];
}

function storedConflict(c: LoadConflict): StoredConflict {
  return { kind: c.kind, entry: c.entry, file: c.file, line: c.line, fields: JSON.stringify(c.fields) };
}
