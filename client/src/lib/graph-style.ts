import type { Core, StylesheetJson } from 'cytoscape';

/** Zoom limits and the step of a button press or a key: 1.25× reads as one step, not a jump. */
export const ZOOM = { min: 0.15, max: 3, step: 1.25, fitPadding: 30 } as const;

/** The line patterns of the legend (graph-legend.tsx), so a stance is never told by colour alone. */
export const STANCE_LINES = {
  SUPPORTS: { style: 'solid', dash: [] as number[] },
  CONTRADICTS: { style: 'dashed', dash: [9, 5] },
  QUALIFIES: { style: 'dashed', dash: [2, 4] },
} as const;
export const CONFLICT_DASH = [12, 4, 2, 4];

/** The palette of styles.css, read from its custom properties: one set of colours for the page and the canvas. */
export function graphStyle(css: CSSStyleDeclaration): StylesheetJson {
  const colour = (name: string) => css.getPropertyValue(name).trim();
  const status = {
    SUPPORTED: '--supports',
    CONTESTED: '--contested',
    CONTRADICTED: '--contradicts',
    UNCLEAR: '--neutral',
  };
  const stance = { SUPPORTS: '--supports', CONTRADICTS: '--contradicts', QUALIFIES: '--qualifies' };
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        color: '#1b1f24',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        // Labels too small to read at this zoom are left out rather than drawn as a smear.
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'node[kind = "source"]',
      style: {
        shape: 'round-rectangle',
        width: 22,
        height: 22,
        'background-color': '#1b1f24',
        'font-size': 12,
        'font-weight': 'bold',
        'text-wrap': 'wrap',
        'text-max-width': '200px',
        'text-halign': 'left',
        'text-valign': 'center',
        'text-margin-x': -6,
        'text-margin-y': 0,
      },
    },
    {
      selector: 'node[kind = "claim"]',
      style: {
        shape: 'ellipse',
        width: 16,
        height: 16,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'font-size': 11,
        'text-wrap': 'ellipsis',
        'text-max-width': '165px',
        'text-halign': 'right',
        'text-valign': 'center',
        'text-margin-x': 5,
        'text-margin-y': 0,
      },
    },
    ...Object.entries(status).map(([value, property]) => ({
      selector: `node[status = "${value}"]`,
      style: { 'background-color': colour(property) },
    })),
    {
      selector: 'edge',
      style: { width: 1.5, 'curve-style': 'bezier', opacity: 0.4 },
    },
    ...Object.entries(stance).map(([value, property]) => ({
      selector: `edge[stance = "${value}"]`,
      style: {
        'line-color': colour(property),
        'line-style': STANCE_LINES[value as keyof typeof STANCE_LINES].style,
        'line-dash-pattern': STANCE_LINES[value as keyof typeof STANCE_LINES].dash,
      },
    })),
    {
      selector: 'edge[kind = "conflict"]',
      style: {
        'line-color': colour('--contested'),
        'line-style': 'dashed',
        'line-dash-pattern': CONFLICT_DASH,
        width: 2.5,
        opacity: 0.9,
      },
    },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'edge.lit', style: { opacity: 1, width: 3, 'z-index': 10 } },
    {
      selector: 'node.lit',
      style: { 'z-index': 10, 'font-weight': 'bold' },
    },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#1b1f24', 'z-index': 20 } },
  ] as StylesheetJson;
}

/** Lights a node, its edges and its neighbours, and fades the rest; with no node, every element as drawn. */
export function lightNeighbourhood(cy: Core, nodeId: string | null): void {
  cy.batch(() => {
    cy.elements().removeClass('faded lit focus');
    if (nodeId === null) return;
    const node = cy.getElementById(nodeId);
    if (node.empty()) return;
    const neighbourhood = node.closedNeighborhood();
    cy.elements().not(neighbourhood).addClass('faded');
    neighbourhood.addClass('lit');
    node.addClass('focus');
  });
}
