import path from 'node:path';
import type { AppConfig } from '../config.js';
import { formatProblem } from '../corpus/corpus-error.js';
import { readCorpus } from '../corpus/corpus-reader.js';
import { claimsWithConsensus, evidenceCsv, evidenceMarkdown, evidenceRows } from '../domain/evidence-table.js';
import { withNeo4j } from '../runtime/neo4j-session.js';
import { ExportService } from '../services/export.service.js';
import { log, optionValue } from './cli-options.js';

export const EXPORT_USAGE = 'export [--format json|csv|md] | export --format corpus --out DIR';
const FORMATS = ['json', 'csv', 'md', 'corpus'];

/**
 * kb export: the whole base as JSON, a CSV or Markdown evidence table (to stdout), or as a corpus
 * folder in the shape of data/ (`--out DIR`), checked by the same validation as `kb validate`.
 */
export async function exportCommand(argv: readonly string[], config: AppConfig): Promise<number> {
  const format = optionValue(argv, '--format') ?? 'json';
  if (!FORMATS.includes(format)) {
    console.error(`--format must be ${FORMATS.join(', ')}, not "${format}"`);
    return 2;
  }
  const out = optionValue(argv, '--out');
  if (format === 'corpus' && !out) {
    console.error('--format corpus needs --out DIR: the folder to write the corpus to (data/ itself, or another)');
    return 2;
  }
  return withNeo4j(config, log, async (database) => {
    if (format === 'corpus') {
      const dir = path.resolve(out!);
      const written = await new ExportService(database).exportCorpus(dir);
      for (const file of written.removed) log(`removed ${path.join(dir, file)}: no longer in the base`);
      const { problems } = readCorpus(dir);
      for (const p of problems) console.log(formatProblem(p));
      console.log(
        `${dir}: ${written.sources} sources, ${written.claims} claims, ${written.assertions} assertions` +
          (problems.length > 0 ? `; ${problems.length} problems: the base holds what data/ files refuse` : ''),
      );
      return problems.length > 0 ? 1 : 0;
    }
    const base = await database.repositories.corpus.snapshot();
    if (format === 'csv') process.stdout.write(evidenceCsv(evidenceRows(base)));
    else if (format === 'md') process.stdout.write(evidenceMarkdown(base));
    else
      process.stdout.write(
        `${JSON.stringify({ sources: base.sources, claims: claimsWithConsensus(base) }, null, 2)}\n`,
      );
    return 0;
  });
}
