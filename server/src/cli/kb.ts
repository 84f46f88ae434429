import { loadConfig } from '../config.js';
import { formatProblem } from '../corpus/corpus-error.js';
import { readCorpus } from '../corpus/corpus-reader.js';
import { baseStatistics } from '../domain/evidence-table.js';
import { withNeo4j } from '../runtime/neo4j-session.js';
import { BACKUP_USAGE, backupCommand, RESTORE_USAGE, restoreCommand } from './backup.command.js';
import { log } from './cli-options.js';
import { EXPORT_USAGE, exportCommand } from './export.command.js';
import { INGEST_USAGE, ingestCommand } from './ingest.command.js';
import { LOAD_USAGE, loadCommand } from './load.command.js';

const USAGE = `usage: npm run kb -- <command>
  validate   check data/ (JSON Schema, quotes verbatim at their offsets, references); no database needed
  ${LOAD_USAGE}
             merge data/ into the base (three-way, against the data/ last loaded); exits 1 naming each conflict
             (an entry changed in data/ and in the base); --take data or --keep base settles them
  ${EXPORT_USAGE}
             the whole base: claims with consensus, assertions with quotes and grades (default json; csv and md
             as evidence tables); or, with --format corpus, as a data/ folder that kb validate and kb load accept
  stats      counts by grade, stance, consensus status and source
  ${BACKUP_USAGE}
             the whole base (revisions, proposals, earlier texts included) as one gzip'd file with its checksum
  ${RESTORE_USAGE}
             a backup into this base, checked whole before anything is written; a base that is not empty
             is replaced only with --replace
  ${INGEST_USAGE}
             the grading assistant: proposed assertions for a new document (text, Markdown or HTML),
             stored as PROPOSED for review; --dry-run prints them and writes nothing`;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  const config = loadConfig();
  switch (command) {
    case 'validate': {
      const { corpus, problems } = readCorpus(config.dataDir);
      for (const p of problems) console.log(formatProblem(p));
      if (problems.length > 0) {
        console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was loaded`);
        return 1;
      }
      console.log(
        `valid: ${corpus.sources.length} sources, ${corpus.claims.length} claims, ${corpus.assertions.length} assertions`,
      );
      return 0;
    }
    case 'load':
      return loadCommand(argv, config);
    case 'export':
      return exportCommand(argv, config);
    case 'backup':
      return backupCommand(argv, config);
    case 'restore':
      return restoreCommand(argv, config);
    case 'ingest':
      return ingestCommand(argv, config);
    case 'stats':
      return withNeo4j(config, log, async (database) => {
        console.log(JSON.stringify(baseStatistics(await database.repositories.corpus.snapshot()), null, 2));
        return 0;
      });
    default:
      console.error(USAGE);
      return command ? 2 : 0;
  }
}

// A pipe takes what was written asynchronously: exiting at once would cut a large export short
// (at 64 KiB or 128 KiB), so exit once everything written to stdout is flushed.
const exitWhenFlushed = (code: number) => process.stdout.write('', () => process.exit(code));

main(process.argv.slice(2)).then(
  (code) => exitWhenFlushed(code),
  (error: unknown) => {
    console.error(`[kb] ${(error as Error).message}`);
    process.exit(1);
  },
);
