import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from '../corpus/corpus-reader.js';
import { readTextDocument } from '../corpus/document-reader.js';
import { quoteAt } from '../domain/anchoring.js';
import type { KnownClaim } from '../domain/assistant/claim-matcher.js';
import { passagesOf } from '../domain/assistant/passages.js';
import { GradingAssistant, LINK_PARAMETERS, type LinkParameters, type Proposal } from '../domain/assistant/propose.js';
import { GRADES, type Grade, type Stance } from '../domain/types.js';

/** A label's claim where the base has none for the passage: the assistant should propose a new claim. */
export const NEW_CLAIM = 'NEW';

export interface Label {
  document: string;
  /** The start of the labeled sentence, verbatim in the text the assistant reads. */
  passage: string;
  grade: Grade;
  stance: Stance;
  /** A claim's slug, or NEW_CLAIM. */
  claim: string;
  cited: boolean;
}

/** The tuning part chooses parameters, cues and lexicon entries; the test part only measures them. */
export type Part = 'tuning' | 'test';
export const PARTS: readonly Part[] = ['tuning', 'test'];

export interface LabeledDocument {
  document: string;
  kind: string;
  part: Part;
  text: string;
}

export interface LabelResult {
  label: Label;
  part: Part;
  found: boolean;
  gradeRight: boolean;
  stanceRight: boolean;
  claimRight: boolean;
  /** A proposal names the claim with the labeled stance: what a curator accepts without editing either. */
  claimAndStanceRight: boolean;
  citedRight: boolean;
  proposed: { grade: Grade; stance: Stance; claims: (string | null)[] } | null;
}

export interface PartScore {
  labels: number;
  found: number;
  gradeRight: number;
  stanceRight: number;
  claimRight: number;
  claimAndStanceRight: number;
  citedRight: number;
  /** Proposals made on the part's documents, and those a label on their passage backs (its claim, or a new claim where the label says NEW). */
  proposed: number;
  proposedRight: number;
  /** confusion[labeled][proposed], over the labels found. */
  gradeConfusion: Record<Grade, Record<Grade, number>>;
}

export interface LabeledEvaluation {
  results: LabelResult[];
  proposals: { document: string; part: Part; proposal: Proposal; right: boolean }[];
  byPart: Record<Part, PartScore>;
}

/** The documents and labels of a folder written for the evaluation, with its fixed split (split.json); every labeled passage is checked to stand once in its document. */
export function readLabeledSet(dir: string): { documents: LabeledDocument[]; labels: Label[] } {
  const split = JSON.parse(readFileSync(path.join(dir, 'split.json'), 'utf8')) as {
    documents: { document: string; kind: string; part: Part }[];
  };
  const documents = split.documents.map((d) => ({ ...d, text: readTextDocument(path.join(dir, d.document)) }));
  const byName = new Map(documents.map((d) => [d.document, d]));
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Label[];
  for (const label of labels) {
    const text = byName.get(label.document)?.text;
    if (text === undefined) throw new Error(`labels.json: ${label.document} is not in split.json`);
    const at = text.indexOf(label.passage);
    if (at < 0 || text.indexOf(label.passage, at + 1) >= 0)
      throw new Error(`labels.json: "${label.passage}" does not stand once in ${label.document}`);
  }
  return { documents, labels };
}

/**
 * The base a labeled document is proposed against. `seeds`: the curated base of the four seeds
 * (the headline). `grown`: the seeds with the tuning part's labeled passages curated into the claims
 * they name, as accepting them would add their quotes, each tuning document proposed without its
 * own passages (leave-one-document-out) and each test document against all of them.
 */
export type Base = 'seeds' | 'grown';

/** A tuning label's passage as a curator accepting it adds it to its claim's texts. */
export interface CuratedPassage {
  document: string;
  claim: string;
  /** The passage the assistant reads the label's sentence as: the quote an accepted proposal stores. */
  quote: string;
}

/** The seeds' claims, each known by its statement and the quotes curated on it. */
export function seedClaims(corpus: Corpus): KnownClaim[] {
  return corpus.claims.map((c) => ({
    slug: c.slug,
    statement: c.statement,
    texts: [c.statement, ...corpus.assertions.filter((a) => a.claimSlug === c.slug).map((a) => a.quote.exact)],
    refines: c.refines,
  }));
}

/**
 * The tuning part's labeled passages that name a claim the base knows: what curating them would add.
 * A label saying NEW adds no claim (a later document's NEW must stay new), a slug the base does not
 * know adds nothing, and the test part adds nothing ever.
 */
export function curatedPassagesOf(
  set: { documents: readonly LabeledDocument[]; labels: readonly Label[] },
  knownSlugs: ReadonlySet<string>,
): CuratedPassage[] {
  const tuning = new Map(set.documents.filter((d) => d.part === 'tuning').map((d) => [d.document, d.text]));
  const curated: CuratedPassage[] = [];
  for (const label of set.labels) {
    const text = tuning.get(label.document);
    if (text === undefined || !knownSlugs.has(label.claim)) continue;
    const start = text.indexOf(label.passage);
    // The passage the label's sentence opens, its section label ("Results:") left out as the assistant leaves it.
    const passage = passagesOf(text).find((p) => p.start < start + label.passage.length && start < p.end);
    const quote = passage ? quoteAt(text, passage.start, passage.end).exact : label.passage;
    if (!curated.some((c) => c.document === label.document && c.claim === label.claim && c.quote === quote))
      curated.push({ document: label.document, claim: label.claim, quote });
  }
  return curated;
}

/** The claims with the curated passages added to the texts of those they name. */
export function grownClaims(claims: readonly KnownClaim[], curated: readonly CuratedPassage[]): KnownClaim[] {
  return claims.map((c) => ({
    ...c,
    texts: [...c.texts, ...curated.filter((p) => p.claim === c.slug).map((p) => p.quote)],
  }));
}

/**
 * The claims a labeled document is proposed against on the grown base: the seeds' claims with the
 * tuning part's curated passages, less the document's own (a tuning document's wording is never
 * given to the assistant that reads it).
 */
export function grownBaseFor(
  seeds: readonly KnownClaim[],
  curated: readonly CuratedPassage[],
  document: LabeledDocument,
): KnownClaim[] {
  return grownClaims(
    seeds,
    curated.filter((c) => c.document !== document.document),
  );
}

/** Scores the assistant on the labeled documents (of one part, or both), against the seeds' base or a grown one. */
export function evaluateLabeledDocuments(
  corpus: Corpus,
  dir: string,
  parameters: LinkParameters = LINK_PARAMETERS,
  part?: Part,
  base: Base = 'seeds',
): LabeledEvaluation {
  return new LabeledDocuments(corpus, dir, part, base).evaluate(parameters);
}

/**
 * The labeled documents read once, each with the assistant it is proposed by, kept across
 * evaluations (the sweep). On the seeds' base one assistant reads them all; on a grown base each
 * tuning document has its own (the others' passages curated), and the test part one with all of
 * them, built only when a document asks for it.
 */
export class LabeledDocuments {
  private readonly documents: LabeledDocument[];
  private readonly labels: Label[];
  private readonly assistants = new Map<string, GradingAssistant>();
  private readonly claimsFor: (document: LabeledDocument) => { key: string; claims: () => KnownClaim[] };

  constructor(corpus: Corpus, dir: string, part?: Part, base: Base = 'seeds') {
    const set = readLabeledSet(dir);
    this.documents = set.documents.filter((d) => !part || d.part === part);
    const names = new Set(this.documents.map((d) => d.document));
    this.labels = set.labels.filter((l) => names.has(l.document));
    const seeds = seedClaims(corpus);
    if (base === 'seeds') {
      this.claimsFor = () => ({ key: 'seeds', claims: () => seeds });
    } else {
      const curated = curatedPassagesOf(set, new Set(seeds.map((c) => c.slug)));
      this.claimsFor = (document) => ({
        key: document.part === 'tuning' ? `without ${document.document}` : 'all tuning passages',
        claims: () => grownBaseFor(seeds, curated, document),
      });
    }
  }

  private assistantFor(document: LabeledDocument): GradingAssistant {
    const { key, claims } = this.claimsFor(document);
    let assistant = this.assistants.get(key);
    if (!assistant) this.assistants.set(key, (assistant = new GradingAssistant(claims(), { keepsReadings: true })));
    return assistant;
  }

  evaluate(parameters: LinkParameters = LINK_PARAMETERS): LabeledEvaluation {
    const results: LabelResult[] = [];
    const proposals: LabeledEvaluation['proposals'] = [];
    for (const labeled of this.documents) {
      const { document, part, text } = labeled;
      const made = this.assistantFor(labeled).propose(text, parameters);
      const labels = this.labels
        .filter((l) => l.document === document)
        .map((label) => ({ label, start: text.indexOf(label.passage) }));
      const on = (p: Proposal, { label, start }: { label: Label; start: number }) =>
        p.quote.start < start + label.passage.length && start < p.quote.end;
      for (const proposal of made) {
        const right = labels.some((l) => on(proposal, l) && names(proposal, l.label));
        proposals.push({ document, part, proposal, right });
      }
      for (const l of labels)
        results.push(
          resultOf(
            l.label,
            part,
            made.filter((p) => on(p, l)),
          ),
        );
    }
    return {
      results,
      proposals,
      byPart: Object.fromEntries(
        PARTS.map((part) => [
          part,
          scoreOf(
            results.filter((r) => r.part === part),
            proposals.filter((p) => p.part === part),
          ),
        ]),
      ) as Record<Part, PartScore>,
    };
  }
}

const names = (p: Proposal, label: Label) => (label.claim === NEW_CLAIM ? p.claim.isNew : p.claim.slug === label.claim);

/** Grade and stance are judged on the proposal naming the labeled claim, or else on the first on the passage. */
function resultOf(label: Label, part: Part, overlapping: Proposal[]): LabelResult {
  const linked = overlapping.filter((p) => names(p, label));
  const judged = linked[0] ?? overlapping[0];
  if (!judged)
    return {
      label,
      part,
      found: false,
      gradeRight: false,
      stanceRight: false,
      claimRight: false,
      claimAndStanceRight: false,
      citedRight: false,
      proposed: null,
    };
  return {
    label,
    part,
    found: true,
    gradeRight: judged.grade === label.grade,
    stanceRight: judged.stance === label.stance,
    claimRight: linked.length > 0,
    claimAndStanceRight: linked.some((p) => p.stance === label.stance),
    citedRight: judged.cited === label.cited,
    proposed: { grade: judged.grade, stance: judged.stance, claims: overlapping.map((p) => p.claim.slug) },
  };
}

function scoreOf(results: LabelResult[], proposals: LabeledEvaluation['proposals']): PartScore {
  const count = (test: (r: LabelResult) => boolean) => results.filter(test).length;
  const gradeConfusion = Object.fromEntries(
    GRADES.map((g) => [g, Object.fromEntries(GRADES.map((h) => [h, 0]))]),
  ) as PartScore['gradeConfusion'];
  for (const r of results) if (r.proposed) gradeConfusion[r.label.grade][r.proposed.grade] += 1;
  return {
    labels: results.length,
    found: count((r) => r.found),
    gradeRight: count((r) => r.gradeRight),
    stanceRight: count((r) => r.stanceRight),
    claimRight: count((r) => r.claimRight),
    claimAndStanceRight: count((r) => r.claimAndStanceRight),
    citedRight: count((r) => r.citedRight),
    proposed: proposals.length,
    proposedRight: proposals.filter((p) => p.right).length,
    gradeConfusion,
  };
}
