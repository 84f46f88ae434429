import type http from 'node:http';
import type { Repositories } from '../db/repositories.js';
import { evidenceCsv, evidenceMarkdown, evidenceRows, type BaseSnapshot } from '../domain/evidence-table.js';
import { jsonLdDump } from '../domain/interchange.js';

const EXPORT_PATH = /^\/export\/(?:(base)|claims\/([a-z0-9-]{1,120}))\.(csv|md|jsonld)$/;

const RENDERERS: Record<string, { type: string; render: (base: BaseSnapshot, publicBase: string) => string }> = {
  csv: { type: 'text/csv; charset=utf-8', render: (base) => evidenceCsv(evidenceRows(base)) },
  md: { type: 'text/markdown; charset=utf-8', render: (base) => evidenceMarkdown(base) },
  jsonld: {
    type: 'application/ld+json; charset=utf-8',
    render: (base, publicBase) => JSON.stringify(jsonLdDump(base, publicBase), null, 2),
  },
};

export function isExportPath(path: string): boolean {
  return path.startsWith('/export/');
}

/**
 * Evidence tables (CSV, Markdown) and the JSON-LD dump at plain addresses a writer can link or
 * download: /export/base.csv, /export/claims/<slug>.md, …
 */
export async function serveExport(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  path: string,
  repositories: Repositories,
  publicUrl: string | null,
) {
  const match = EXPORT_PATH.exec(path);
  if (!match || req.method !== 'GET') {
    res
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      .end('no such export: /export/base.{csv,md,jsonld} or /export/claims/<slug>.{csv,md,jsonld}');
    return;
  }
  const [, , slug, format] = match;
  const base = await repositories.corpus.snapshot(slug ?? null);
  if (slug && base.claims.length === 0) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`no claim "${slug}"`);
    return;
  }
  const { type, render } = RENDERERS[format!]!;
  const filename = `claimgraph-${slug ?? 'base'}.${format}`;
  res.writeHead(200, { 'content-type': type, 'content-disposition': `inline; filename="${filename}"` });
  res.end(render(base, publicUrl ?? `http://${req.headers.host ?? 'localhost'}`));
}
