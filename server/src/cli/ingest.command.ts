import path from 'node:path';
import type { AppConfig } from '../config.js';
import { DocumentError, readDocument, type DocumentText } from '../corpus/document-reader.js';
import { pageOfOffset } from '../domain/pages.js';
import { createServices } from '../services/services.js';
import { withNeo4j } from '../runtime/neo4j-session.js';
import { log, optionValue } from './cli-options.js';

export const INGEST_USAGE = 'ingest FILE [--dry-run] [--json] [--title T] [--kind K]';

/** kb ingest: the grading assistant on a document, its proposals stored for review (or printed, with --dry-run). */
export async function ingestCommand(argv: readonly string[], config: AppConfig): Promise<number> {
  const file = argv[1];
  if (!file || file.startsWith('--')) {
    console.error(`usage: npm run kb -- ${INGEST_USAGE}`);
    return 2;
  }
  let read: DocumentText;
  try {
    read = await readDocument(file);
  } catch (error) {
    if (error instanceof DocumentError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const { text, pages } = read;
  const pageStarts = pages?.map((p) => p.start) ?? null;
  const dryRun = argv.includes('--dry-run');
  const document = {
    title: optionValue(argv, '--title') ?? path.basename(file),
    kind: optionValue(argv, '--kind') ?? 'other',
    text,
    pageStarts,
  };
  return withNeo4j(config, log, async (database) => {
    const outcome = await createServices(database).ingest.ingest(
      document,
      { actor: 'kb', reason: `kb ingest ${path.basename(file)}` },
      { dryRun },
    );
    if (!dryRun) {
      console.log(
        outcome.created
          ? `stored "${outcome.sourceId}" with ${outcome.proposals.length} proposals for review`
          : `this text is already the source "${outcome.sourceId}": nothing was stored`,
      );
      return 0;
    }
    const assertions = outcome.proposals.map((p) => ({
      ...p,
      page: pageOfOffset(pageStarts, p.quote.start),
      claim: { id: p.claim.slug ? Buffer.from(`Claim:${p.claim.slug}`).toString('base64') : null, ...p.claim },
    }));
    const { title, kind, contentHash } = outcome.source;
    const source = { title, kind, format: read.format, contentHash, length: text.length, pages: pages?.length ?? null };
    if (argv.includes('--json')) {
      console.log(JSON.stringify({ source, assertions }));
    } else {
      for (const a of assertions)
        console.log(
          `${a.page ? `p. ${a.page} ` : ''}${a.grade.padEnd(11)} ${a.stance.padEnd(11)} ${a.claim.isNew ? 'NEW ' : ''}${a.claim.slug ?? a.claim.statement}  «${a.quote.exact.slice(0, 80)}»`,
        );
      console.log(`${assertions.length} proposals for "${title}"; nothing was written`);
    }
    return 0;
  });
}
