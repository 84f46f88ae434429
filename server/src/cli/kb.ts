import { loadConfig } from '../config.js';
import { formatProblem } from '../corpus/corpus-error.js';
import { readCorpus } from '../corpus/corpus-reader.js';
import { createRepositories } from '../db/repositories.js';
import { withNeo4j } from '../runtime/neo4j-session.js';

const USAGE = `usage: npm run kb -- <command>
  validate   check data/ (JSON Schema, quotes verbatim at their offsets, references); no database needed
  load       load data/ into Neo4j (idempotent; refuses data that does not validate)
  stats      counts in the base`;

const log = (line: string) => console.error(`[kb] ${line}`);

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
      console.log(`valid: ${corpus.sources.length} sources, ${corpus.claims.length} claims, ${corpus.assertions.length} assertions`);
      return 0;
    }
    case 'load': {
      const { corpus, problems } = readCorpus(config.dataDir);
      if (problems.length > 0) {
        for (const p of problems) console.log(formatProblem(p));
        console.log('data/ does not validate: nothing was loaded');
        return 1;
      }
      return withNeo4j(config, log, async (client) => {
        const repositories = createRepositories(client);
        await repositories.corpus.load(corpus, (p) => log(`${p.step}: ${p.done}/${p.total}`));
        console.log(JSON.stringify(await repositories.stats.counts()));
        return 0;
      });
    }
    case 'stats':
      return withNeo4j(config, log, async (client) => {
        console.log(JSON.stringify(await createRepositories(client).stats.counts(), null, 2));
        return 0;
      });
    default:
      console.error(USAGE);
      return command ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[kb] ${(error as Error).message}`);
    process.exit(1);
  },
);
