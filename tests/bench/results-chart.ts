import type { BenchResult } from './bench-results.js';

const OURS = '#2563eb';
const PEER = '#ea580c';
const PANEL = { width: 300, height: 230, top: 28, bottom: 36, left: 44, right: 10 };
const PLOT = { width: PANEL.width - PANEL.left - PANEL.right, height: PANEL.height - PANEL.top - PANEL.bottom };
const COLUMNS = 3;
const HEADER = 64;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const short = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
/** Milliseconds below a second, seconds above: labels stay narrow enough to sit over their bars. */
const ms = (v: number) =>
  v >= 10_000
    ? `${(v / 1000).toFixed(0)}s`
    : v >= 1000
      ? `${Number((v / 1000).toFixed(1))}s`
      : v >= 100
        ? v.toFixed(0)
        : String(v);

/** The shared logarithmic y axis: decades from `low` to `high` ms. */
interface Axis {
  low: number;
  high: number;
  y(v: number): number;
}

function axisFor(results: BenchResult[]): Axis {
  const values = results
    .flatMap((r) =>
      Object.values(r.queries).flatMap((q) => [q.ours, q.peer].filter((s) => !s.failure).map((s) => s.p95_ms)),
    )
    .filter((v) => v > 0);
  const low = 10 ** Math.floor(Math.log10(Math.min(1, ...values)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(10, ...values)));
  const span = Math.log10(high) - Math.log10(low);
  return {
    low,
    high,
    y: (v) => PANEL.top + PLOT.height * (1 - (Math.log10(Math.max(v, low)) - Math.log10(low)) / span),
  };
}

function bar(axis: Axis, x: number, width: number, value: number, fill: string, title: string): string {
  const top = axis.y(value);
  return (
    `<rect x="${x}" y="${top}" width="${width}" height="${PANEL.top + PLOT.height - top}" fill="${fill}"><title>${escape(title)}</title></rect>` +
    `<text x="${x + width / 2}" y="${top - 3}" text-anchor="middle" class="value">${ms(value)}</text>`
  );
}

/** One query: a pair of bars (ours, peer) per scale, over the decades of the shared axis. */
function panel(name: string, index: number, results: BenchResult[], axis: Axis): string {
  const group = PLOT.width / Math.max(1, results.length);
  const width = Math.min(28, group / 3);
  const grid: string[] = [];
  for (let v = axis.low; v <= axis.high; v *= 10) {
    grid.push(
      `<line x1="${PANEL.left}" x2="${PANEL.width - PANEL.right}" y1="${axis.y(v)}" y2="${axis.y(v)}" stroke="#e5e7eb"/>`,
    );
    grid.push(`<text x="${PANEL.left - 4}" y="${axis.y(v) + 4}" text-anchor="end" class="axis">${ms(v)}</text>`);
  }
  const bars = results.flatMap((r, i) => {
    const q = r.queries[name];
    if (!q) return [];
    const cx = PANEL.left + group * (i + 0.5);
    const at = `${name}, ${short(r.scale.assertions)} assertions`;
    const failed = (x: number, who: string) =>
      `<text x="${x + width / 2}" y="${PANEL.top + PLOT.height - 4}" text-anchor="middle" class="axis"><title>${at}, ${who}: failed</title>✕</text>`;
    return [
      q.ours.failure
        ? failed(cx - width - 1, 'claimgraph')
        : bar(axis, cx - width - 1, width, q.ours.p95_ms, OURS, `${at}, claimgraph: p95 ${q.ours.p95_ms} ms`),
      q.peer.failure
        ? failed(cx + 1, '@neo4j/graphql')
        : bar(axis, cx + 1, width, q.peer.p95_ms, PEER, `${at}, @neo4j/graphql: p95 ${q.peer.p95_ms} ms`),
      `<text x="${cx}" y="${PANEL.top + PLOT.height + 14}" text-anchor="middle" class="axis">${short(r.scale.assertions)}</text>`,
    ];
  });
  const x0 = (index % COLUMNS) * PANEL.width;
  const y0 = HEADER + Math.floor(index / COLUMNS) * PANEL.height;
  return [
    `<g transform="translate(${x0},${y0})">`,
    `<text x="${PANEL.left}" y="16" class="panel">${escape(name)}</text>`,
    ...grid,
    ...bars,
    `<text x="${PANEL.left + PLOT.width / 2}" y="${PANEL.height - 8}" text-anchor="middle" class="axis">assertions</text>`,
    '</g>',
  ].join('\n');
}

/**
 * p95 latency of every query, ours beside the peer's, for each scale measured: one panel per
 * query, one pair of bars per scale. The y axis is logarithmic and shared by all panels, because
 * latencies from 10k to 1M assertions span orders of magnitude and panels must compare at a glance.
 */
export function chartSvg(results: BenchResult[]): string {
  const queries = [...new Set(results.flatMap((r) => Object.keys(r.queries)))];
  const axis = axisFor(results);
  const width = PANEL.width * COLUMNS;
  const height = HEADER + PANEL.height * Math.max(1, Math.ceil(queries.length / COLUMNS));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="title">`,
    '<title id="title">p95 latency per query in milliseconds (log scale): claimgraph against the @neo4j/graphql peer, at each scale measured</title>',
    '<style>text{font-family:system-ui,sans-serif;fill:#111827}.panel{font-size:13px;font-weight:600}.axis{font-size:10px;fill:#4b5563}.value{font-size:9px}.legend{font-size:12px}</style>',
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    `<text x="12" y="22" class="panel">p95 latency (ms, log scale), ${results.map((r) => short(r.scale.assertions)).join(' / ') || 'no results'} assertions</text>`,
    `<rect x="12" y="34" width="12" height="12" fill="${OURS}"/><text x="30" y="44" class="legend">claimgraph (Pothos + repositories)</text>`,
    `<rect x="250" y="34" width="12" height="12" fill="${PEER}"/><text x="268" y="44" class="legend">@neo4j/graphql peer (generated resolvers)</text>`,
    ...queries.map((name, i) => panel(name, i, results, axis)),
    '</svg>',
    '',
  ].join('\n');
}
