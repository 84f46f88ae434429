import { xmlText } from './atom-feed.js';
import { consensusOf, type Consensus } from './consensus.js';
import type { ConsensusStatus, Grade } from './types.js';

export interface ClaimBadgeInput {
  statement: string;
  status: ConsensusStatus;
  bestGrade: Grade | null;
}

/** What a claim's badge draws, from the claim as stored (a claim never derived reads as unclear). */
export function claimBadgeInputOf(claim: { statement: string; consensus: Consensus | null }): ClaimBadgeInput {
  const consensus = claim.consensus ?? consensusOf([]);
  return { statement: claim.statement, status: consensus.status, bestGrade: consensus.bestGrade };
}

/**
 * Background colours under white text, each at least 5.5:1 against it (WCAG AA asks 4.5:1 for
 * 11 px text). Status and grade also stand in words, so no reader depends on the colour.
 */
const STATUS_COLOURS: Record<ConsensusStatus, string> = {
  SUPPORTED: '#005a8c',
  CONTESTED: '#8e3a6d',
  CONTRADICTED: '#a34700',
  UNCLEAR: '#4b5563',
};
const GRADE_COLOURS: Record<Grade | 'NONE', string> = {
  CLINICAL: '#1d6b38',
  PRECLINICAL: '#6b4c9a',
  ANECDOTAL: '#7a5b00',
  NONE: '#4b5563',
};
const LABEL_COLOUR = '#333333';

/**
 * About the advance of an average character of Verdana at 11 px; each text is also given its
 * width as `textLength`, so a renderer with another font still fits it in its box.
 */
const CHARACTER_WIDTH = 6.6;
const PADDING = 6;
const HEIGHT = 20;

export function badgeWords(input: Pick<ClaimBadgeInput, 'status' | 'bestGrade'>): [string, string] {
  return [
    input.status.toLowerCase(),
    input.bestGrade ? `best grade: ${input.bestGrade.toLowerCase()}` : 'no supporting grade',
  ];
}

interface Segment {
  text: string;
  colour: string;
}

function segmentsXml(segments: Segment[]): { width: number; rects: string; texts: string } {
  let x = 0;
  const rects: string[] = [];
  const texts: string[] = [];
  for (const { text, colour } of segments) {
    const textWidth = Math.round(text.length * CHARACTER_WIDTH);
    const width = textWidth + 2 * PADDING;
    rects.push(`<rect x="${x}" width="${width}" height="${HEIGHT}" fill="${colour}"/>`);
    texts.push(
      `<text x="${x + width / 2}" y="14" textLength="${textWidth}" lengthAdjust="spacingAndGlyphs">${xmlText(text)}</text>`,
    );
    x += width;
  }
  return { width: x, rects: rects.join(''), texts: texts.join('') };
}

/** A claim's consensus and best supporting grade as a small SVG badge, in words and in colour. */
export function claimBadgeSvg(input: ClaimBadgeInput): string {
  const [status, grade] = badgeWords(input);
  const { width, rects, texts } = segmentsXml([
    { text: 'claimgraph', colour: LABEL_COLOUR },
    { text: status, colour: STATUS_COLOURS[input.status] },
    { text: grade, colour: GRADE_COLOURS[input.bestGrade ?? 'NONE'] },
  ]);
  const label = `claimgraph: ${status}; ${grade}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" role="img" aria-label="${xmlText(label)}">
<title>${xmlText(`${label} — ${input.statement}`)}</title>
<clipPath id="r"><rect width="${width}" height="${HEIGHT}" rx="3"/></clipPath>
<g clip-path="url(#r)">${rects}</g>
<g fill="#ffffff" text-anchor="middle" font-family="Verdana,DejaVu Sans,Geneva,sans-serif" font-size="11">${texts}</g>
</svg>
`;
}

/** The HTML a writer pastes into an article: the badge, linking back to the claim's permalink. */
export function badgeSnippet(input: ClaimBadgeInput & { permalink: string; badgeUrl: string }): string {
  const [status, grade] = badgeWords(input);
  const alt = `claimgraph: ${status}; ${grade} — ${input.statement}`;
  return `<a href="${xmlText(input.permalink)}"><img src="${xmlText(input.badgeUrl)}" alt="${xmlText(alt)}" height="${HEIGHT}"></a>`;
}
