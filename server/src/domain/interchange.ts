import type { Consensus } from './consensus.js';
import { claimsWithConsensus, type BaseSnapshot } from './evidence-table.js';
import { assertionPermalink, claimPermalink, sourcePermalink } from './permalinks.js';
import type { Grade, Quote, Stance } from './types.js';

/** Evidence & Conclusion Ontology codes for the evidence basis (DESIGN.md, Interchange). */
export function ecoEvidenceCode(basis: string, cited: boolean): string {
  switch (basis) {
    case 'rct':
    case 'controlled_trial':
    case 'observational':
    case 'unspecified_clinical':
      return 'ECO:0000180'; // clinical study evidence
    case 'animal':
      return 'ECO:0000179'; // animal model evidence
    case 'in_vitro':
      return 'ECO:0000181'; // in vitro assay evidence
    case 'unspecified_preclinical':
      return 'ECO:0000006'; // experimental evidence: laboratory work of unnamed kind
    case 'testimonial':
    case 'practice_observation':
      return 'ECO:0006018'; // individual clinical experience
    default:
      return cited ? 'ECO:0000033' : 'ECO:0000034'; // author statement with / without traceable support
  }
}

/** ECO code for how the grade was made: by the grading assistant or by a curator. */
export function ecoAssertionMethodCode(gradedBy: string): string {
  return gradedBy.startsWith('assistant') ? 'ECO:0000501' : 'ECO:0000352';
}

const CITO: Record<Stance, string> = {
  SUPPORTS: 'cito:supports',
  CONTRADICTS: 'cito:disputes',
  QUALIFIES: 'cito:qualifies',
};

export function citoRelation(stance: Stance): string {
  return CITO[stance];
}

export const ECO_IRI = 'http://purl.obolibrary.org/obo/ECO_';
export const ecoIri = (code: string) => `${ECO_IRI}${code.slice('ECO:'.length)}`;

/**
 * Terms of the dump mapped to their vocabularies inline, so the dump expands with no network:
 * schema.org for claims and reviews, W3C Web Annotation for quotes, CiTO for stances.
 */
export const JSON_LD_CONTEXT = {
  schema: 'http://schema.org/',
  oa: 'http://www.w3.org/ns/oa#',
  cito: 'http://purl.org/spar/cito/',
  eco: ECO_IRI,
  id: '@id',
  type: '@type',
  Annotation: 'oa:Annotation',
  TextQuoteSelector: 'oa:TextQuoteSelector',
  TextPositionSelector: 'oa:TextPositionSelector',
  SpecificResource: 'oa:SpecificResource',
  TextualBody: 'oa:TextualBody',
  motivation: { '@id': 'oa:motivatedBy', '@type': '@vocab' },
  assessing: 'oa:assessing',
  body: { '@id': 'oa:hasBody' },
  target: { '@id': 'oa:hasTarget' },
  source: { '@id': 'oa:hasSource', '@type': '@id' },
  selector: { '@id': 'oa:hasSelector' },
  exact: 'oa:exact',
  prefix: 'oa:prefix',
  suffix: 'oa:suffix',
  start: { '@id': 'oa:start', '@type': 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger' },
  end: { '@id': 'oa:end', '@type': 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger' },
  value: { '@id': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value' },
  stance: { '@id': 'cito:hasCitationCharacterization', '@type': '@vocab' },
  evidence: { '@id': 'http://purl.obolibrary.org/obo/RO_0002558', '@type': '@id' },
  grade: 'schema:ratingValue',
  claim: { '@id': 'schema:about', '@type': '@id' },
} as const;

export interface AnnotatableAssertion {
  quote: Quote;
  stance: Stance;
  grade: Grade;
  basis: string;
  cited: boolean;
  rationale: string;
  gradedBy: string;
}

/** An assertion as a W3C Web Annotation (motivation assessing) on its source text. */
export function webAnnotation(assertion: AnnotatableAssertion, links: { self: string; source: string; claim: string }) {
  return {
    id: links.self,
    type: 'Annotation',
    motivation: 'assessing',
    body: { type: 'TextualBody', value: `${assertion.grade}: ${assertion.rationale}` },
    target: {
      type: 'SpecificResource',
      source: links.source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: assertion.quote.exact,
          prefix: assertion.quote.prefix,
          suffix: assertion.quote.suffix,
        },
        { type: 'TextPositionSelector', start: assertion.quote.start, end: assertion.quote.end },
      ],
    },
    claim: links.claim,
    stance: citoRelation(assertion.stance),
    grade: assertion.grade,
    evidence: [
      ecoIri(ecoEvidenceCode(assertion.basis, assertion.cited)),
      ecoIri(ecoAssertionMethodCode(assertion.gradedBy)),
    ],
  };
}

/** A claim and its consensus as schema.org ClaimReview. */
export function claimReview(
  claim: { statement: string },
  consensus: Consensus,
  links: { self: string; sources: { url: string; title: string }[] },
) {
  return {
    id: links.self,
    type: 'schema:ClaimReview',
    'schema:url': links.self,
    'schema:claimReviewed': claim.statement,
    'schema:author': { type: 'schema:Organization', 'schema:name': 'claimgraph' },
    'schema:reviewRating': {
      type: 'schema:Rating',
      'schema:alternateName': consensus.status,
      'schema:ratingExplanation': `${consensus.supporting} supporting, ${consensus.contradicting} contradicting, ${consensus.qualifying} qualifying source(s); best supporting grade ${consensus.bestGrade ?? 'none'}${consensus.gradeConflict ? '; the sources disagree on the strength of the evidence' : ''}.`,
    },
    'schema:itemReviewed': {
      type: 'schema:Claim',
      'schema:appearance': links.sources.map((s) => ({
        id: s.url,
        type: 'schema:CreativeWork',
        'schema:name': s.title,
      })),
    },
  };
}

/** The whole base (or one claim) as one JSON-LD document: a ClaimReview per claim, a Web Annotation per assertion. */
export function jsonLdDump(base: BaseSnapshot, publicBase: string) {
  const sources = new Map(base.sources.map((s) => [s.id, s]));
  const reviews = claimsWithConsensus(base).map((claim) =>
    claimReview(claim, claim.consensus, {
      self: claimPermalink(publicBase, claim.slug),
      sources: [...new Set(claim.assertions.map((a) => a.sourceId))].map((id) => ({
        url: sourcePermalink(publicBase, id),
        title: sources.get(id)?.title ?? id,
      })),
    }),
  );
  const annotations = base.assertions.map((a) =>
    webAnnotation(a, {
      self: assertionPermalink(publicBase, a.claimSlug, a.id),
      source: sourcePermalink(publicBase, a.sourceId),
      claim: claimPermalink(publicBase, a.claimSlug),
    }),
  );
  return { '@context': JSON_LD_CONTEXT, '@graph': [...reviews, ...annotations] };
}
