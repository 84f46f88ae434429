import { loadConfig } from '../config.js';
import { formatProblem } from '../corpus/corpus-error.js';
import path from 'node:path';
import { readCorpus, sha256 } from '../corpus/corpus-reader.js';
import { DocumentError, readDocument } from '../corpus/document-reader.js';
import { proposeAssertions } from '../domain/assistant/propose.js';
import { createRepositories } from '../db/repositories.js';
import {
  baseStatistics,
  claimsWithConsensus,
  evidenceCsv,
  evidenceMarkdown,
  evidenceRows,
} from '../domain/evidence-table.js';
import { withNeo4j } from '../runtime/neo4j-session.js';

const USAGE = `usage: npm run kb -- <command>
  validate   check data/ (JSON Schema, quotes verbatim at their offsets, references); no database needed
  load       load data/ into Neo4j (idempotent; refuses data that does not validate)
  export [--format json|csv|md]
             the whole base: claims with consensus, assertions with quotes and grades (default json)
  stats      counts by grade, stance, consensus status and source
  ingest FILE [--dry-run] [--json] [--title T] [--kind K]
             the grading assistant: proposed assertions for a new document (text, Markdown or HTML),
             stored as PROPOSED for review; --dry-run prints them and writes nothing`;

const log = (line: string) => console.error(`[kb] ${line}`);

function optionValue(argv: string[], name: string): string | null {
  const inline = argv.find((a) => a.startsWith(`${name}=`));
  if (inline) return inline.slice(name.length + 1);
  const at = argv.indexOf(name);
  return at >= 0 ? (argv[at + 1] ?? null) : null;
}

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
    case 'export': {
      const format = optionValue(argv, '--format') ?? 'json';
      if (!['json', 'csv', 'md'].includes(format)) {
        console.error(`--format must be json, csv or md, not "${format}"`);
        return 2;
      }
      return withNeo4j(config, log, async (client) => {
        const base = await createRepositories(client).corpus.snapshot();
        if (format === 'csv') process.stdout.write(evidenceCsv(evidenceRows(base)));
        else if (format === 'md') process.stdout.write(evidenceMarkdown(base));
        else
          process.stdout.write(
            `${JSON.stringify({ sources: base.sources, claims: claimsWithConsensus(base) }, null, 2)}\n`,
          );
        return 0;
      });
    }
    case 'ingest': {
      const file = argv[1];
      if (!file || file.startsWith('--')) {
        console.error('usage: npm run kb -- ingest FILE [--dry-run] [--json] [--title T] [--kind K]');
        return 2;
      }
      let text: string;
      try {
        text = readDocument(file);
      } catch (error) {
        if (error instanceof DocumentError) {
          console.error(error.message);
          return 1;
        }
        throw error;
      }
      const title = optionValue(argv, '--title') ?? path.basename(file);
      const kind = optionValue(argv, '--kind') ?? 'other';
      if (!argv.includes('--dry-run')) {
        return withNeo4j(config, log, async (client) => {
          const repositories = createRepositories(client);
          const source = {
            title,
            kind,
            text,
            contentHash: sha256(text),
            publisher: null,
            authors: [],
            url: null,
            publishedAt: null,
            language: 'en',
          };
          const { sourceId, created } = await repositories.proposals.ingest(source, {
            actor: 'kb',
            reason: `kb ingest ${path.basename(file)}`,
          });
          const [proposals] = await repositories.proposals.ofSources([sourceId], 'PROPOSED');
          console.log(
            created
              ? `stored "${sourceId}" with ${proposals!.length} proposals for review`
              : `this text is already the source "${sourceId}": nothing was stored`,
          );
          return 0;
        });
      }
      return withNeo4j(config, log, async (client) => {
        const claims = await createRepositories(client).claims.known();
        const assertions = proposeAssertions(text, claims).map((p) => ({
          ...p,
          claim: { id: p.claim.slug ? Buffer.from(`Claim:${p.claim.slug}`).toString('base64') : null, ...p.claim },
        }));
        const source = { title, kind, contentHash: sha256(text), length: text.length };
        if (argv.includes('--json')) {
          console.log(JSON.stringify({ source, assertions }));
        } else {
          for (const a of assertions)
            console.log(
              `${a.grade.padEnd(11)} ${a.stance.padEnd(11)} ${a.claim.isNew ? 'NEW ' : ''}${a.claim.slug ?? a.claim.statement}  «${a.quote.exact.slice(0, 80)}»`,
            );
          console.log(`${assertions.length} proposals for "${source.title}"; nothing was written`);
        }
        return 0;
      });
    }
    case 'stats':
      return withNeo4j(config, log, async (client) => {
        console.log(JSON.stringify(baseStatistics(await createRepositories(client).corpus.snapshot()), null, 2));
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
