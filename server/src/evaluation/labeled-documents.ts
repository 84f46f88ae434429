import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from '../corpus/corpus-reader.js';
import { GradingAssistant, LINK_PARAMETERS, type LinkParameters, type Proposal } from '../domain/assistant/propose.js';
import type { Grade, Stance } from '../domain/types.js';

export interface Label {
  document: string;
  /** The start of the labeled sentence, verbatim. */
  passage: string;
  grade: Grade;
  stance: Stance;
  claim: string;
  cited: boolean;
}

export interface LabelResult {
  label: Label;
  found: boolean;
  gradeRight: boolean;
  stanceRight: boolean;
  claimRight: boolean;
  citedRight: boolean;
  proposed: { grade: Grade; stance: Stance; claims: (string | null)[] } | null;
}

/**
 * Documents written for the evaluation, each exercising one kind of evidence (a randomized trial,
 * an animal study, a cell-culture study, a testimonial, a regulatory notice, a review with
 * references), against hand-made labels; the assistant knows the whole curated base.
 */
export function evaluateLabeledDocuments(
  corpus: Corpus,
  dir: string,
  parameters: LinkParameters = LINK_PARAMETERS,
): LabelResult[] {
  return new LabeledDocuments(corpus, dir).evaluate(parameters);
}

/** The labeled documents read once, with one assistant that knows the whole base, kept across evaluations (the sweep). */
export class LabeledDocuments {
  private readonly labels: { label: Label; text: string }[];
  private readonly assistant: GradingAssistant;

  constructor(corpus: Corpus, dir: string) {
    const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Label[];
    this.labels = labels.map((label) => ({ label, text: readFileSync(path.join(dir, label.document), 'utf8') }));
    this.assistant = new GradingAssistant(
      corpus.claims.map((c) => ({
        slug: c.slug,
        statement: c.statement,
        texts: [c.statement, ...corpus.assertions.filter((a) => a.claimSlug === c.slug).map((a) => a.quote.exact)],
        refines: c.refines,
      })),
    );
  }

  evaluate(parameters: LinkParameters = LINK_PARAMETERS): LabelResult[] {
    const proposalsByDocument = new Map<string, Proposal[]>();
    return this.labels.map(({ label, text }) => {
      if (!proposalsByDocument.has(label.document))
        proposalsByDocument.set(label.document, this.assistant.propose(text, parameters));
      const start = text.indexOf(label.passage);
      if (start < 0) throw new Error(`${label.document}: the labeled passage "${label.passage}" is not in the text`);
      const overlapping = proposalsByDocument
        .get(label.document)!
        .filter((p) => p.quote.start <= start && start < p.quote.end);
      const first = overlapping[0];
      if (!first)
        return {
          label,
          found: false,
          gradeRight: false,
          stanceRight: false,
          claimRight: false,
          citedRight: false,
          proposed: null,
        };
      return {
        label,
        found: true,
        gradeRight: first.grade === label.grade,
        stanceRight: first.stance === label.stance,
        claimRight: overlapping.some((p) => p.claim.slug === label.claim),
        citedRight: first.cited === label.cited,
        proposed: { grade: first.grade, stance: first.stance, claims: overlapping.map((p) => p.claim.slug) },
      };
    });
  }
}
