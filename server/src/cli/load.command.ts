import type { AppConfig } from '../config.js';
import { formatProblem } from '../corpus/corpus-error.js';
import { readCorpus } from '../corpus/corpus-reader.js';
import { describeConflict, type Settlement } from '../domain/corpus-merge.js';
import { withNeo4j } from '../runtime/neo4j-session.js';
import { createServices } from '../services/services.js';
import { log, optionValue } from './cli-options.js';

export const LOAD_USAGE = 'load [--take data | --keep base] [ENTRY …]';

/** Which conflicts to settle, and how: `--take data` or `--keep base`, for the entries named (all when none). */
function settlementOf(argv: readonly string[]): LoadSettle | null | 'invalid' {
  const take = optionValue(argv, '--take');
  const keep = optionValue(argv, '--keep');
  if (take === null && keep === null) return null;
  if ((take !== null && take !== 'data') || (keep !== null && keep !== 'base') || (take && keep)) return 'invalid';
  const named = argv.slice(1).filter((a, i, all) => !a.startsWith('--') && !['--take', '--keep'].includes(all[i - 1]!));
  return { how: take ? 'take-data' : 'keep-base', entries: named.length > 0 ? new Set(named) : null };
}

type LoadSettle = { how: Settlement; entries: ReadonlySet<string> | null };

/**
 * kb load: data/ merged into the base. Exits 1 while conflicts stay open, naming each (file, line,
 * entry, field, both values); `--take data` or `--keep base` settles them, all or the entries named.
 */
export async function loadCommand(argv: readonly string[], config: AppConfig): Promise<number> {
  const settle = settlementOf(argv);
  if (settle === 'invalid') {
    console.error(`usage: npm run kb -- ${LOAD_USAGE}`);
    return 2;
  }
  const { corpus, problems } = readCorpus(config.dataDir);
  if (problems.length > 0) {
    for (const p of problems) console.log(formatProblem(p));
    console.log('data/ does not validate: nothing was loaded');
    return 1;
  }
  return withNeo4j(config, log, async (database) => {
    const report = await createServices(database).load.load(corpus, {
      settle: settle ?? undefined,
      onProgress: (p) => log(`${p.step}: ${p.done}/${p.total}`),
    });
    log(
      `created ${report.created}, updated ${report.updated}, deleted ${report.deleted}; ` +
        `${report.keptBase} changed in the base only, kept; ${report.settled} conflicts settled`,
    );
    console.log(JSON.stringify(await database.repositories.stats.counts()));
    if (report.conflicts.length === 0) return 0;
    for (const conflict of report.conflicts)
      for (const line of describeConflict(conflict)) console.log(`conflict: ${line}`);
    console.log(
      `${report.conflicts.length} conflict${report.conflicts.length === 1 ? '' : 's'}: changed in data/ and in the base, ` +
        'left as the base has them. Settle with "npm run kb -- load --take data" or "--keep base" (all, or the entries named).',
    );
    return 1;
  });
}
