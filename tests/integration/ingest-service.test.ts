import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import type { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { createDatabase, type Database, type Repositories } from '../../server/src/db/repositories.js';
import { proposeAssertions } from '../../server/src/domain/assistant/propose.js';
import { IngestService, type Assistant } from '../../server/src/services/ingest.service.js';
import { LoadService } from '../../server/src/services/load.service.js';
import { realCorpus } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';
import { deadlockDetected } from '../support/transient-error.js';

let client: Neo4jClient;
let database: Database;

beforeAll(async () => {
  client = await freshDatabase();
  database = createDatabase(client);
  await new LoadService(database).load(readValidCorpus(realCorpus));
});
afterAll(async () => client?.close());

const CHANGE = { actor: 'kb', reason: 'a test ingest' };
const document = (text: string) => ({ title: `Clinic newsletter ${text.length}`, kind: 'clinic_page', text });

/** The assistant, counting its runs. */
function countedAssistant(): Assistant & { runs: number } {
  const assistant = Object.assign(
    (text: string, claims: Parameters<Assistant>[1]) => {
      assistant.runs += 1;
      return proposeAssertions(text, claims);
    },
    { runs: 0 },
  );
  return assistant;
}

/** The real database, whose proposal store fails once with a deadlock before it writes: the driver retries. */
function failingOnceInStore(inner: Database): Database & { failures: number } {
  const wrapped = {
    failures: 0,
    repositories: inner.repositories,
    backup: inner.backup,
    transaction: <T>(work: (tx: Repositories) => Promise<T>) =>
      inner.transaction((tx) => {
        const store = tx.proposals.store.bind(tx.proposals);
        tx.proposals.store = async (...args) => {
          if (wrapped.failures === 0) {
            wrapped.failures += 1;
            throw deadlockDetected();
          }
          return store(...args);
        };
        return work(tx);
      }),
  };
  return wrapped;
}

const counts = async (sourceId: string) =>
  (
    await client.read<{ sources: number; proposals: number; revisions: number }>(
      `MATCH (s:Source {id: $sourceId})
       RETURN count(s) AS sources, COUNT { (s)-[:HAS_PROPOSAL]->() } AS proposals,
         COUNT { MATCH (r:Revision {targetType: 'Source', targetId: $sourceId}) } AS revisions`,
      { sourceId },
    )
  )[0]!;

describe('ingest: the assistant outside the transaction, a short transaction to store', () => {
  it('a transient error in the store step is retried by the driver: stored once, the assistant ran once', async () => {
    const assistant = countedAssistant();
    const database = failingOnceInStore(createDatabase(client));
    const text =
      'A randomized trial in 40 patients found that exosome serum reduced redness after laser treatment. ' +
      'In cultured fibroblasts, exosomes increased collagen production.';
    const outcome = await new IngestService(database, assistant).ingest(document(text), CHANGE);
    expect(database.failures).toBe(1);
    expect(assistant.runs).toBe(1);
    expect(outcome.created).toBe(true);
    expect(outcome.proposals.length).toBeGreaterThan(0);
    expect(await counts(outcome.sourceId!)).toEqual({
      sources: 1,
      proposals: outcome.proposals.length,
      revisions: 1,
    });
  });

  it('the same text again stores nothing and does not run the assistant', async () => {
    const assistant = countedAssistant();
    const text = 'Patients at our clinic noticed smoother skin within a week of exosome treatment.';
    const first = await new IngestService(database, assistant).ingest(document(text), CHANGE);
    const again = await new IngestService(database, assistant).ingest({ ...document(text), title: 'Again' }, CHANGE);
    expect(again).toMatchObject({ sourceId: first.sourceId, created: false, proposals: [] });
    expect(assistant.runs).toBe(1);
  });

  it('a dry run proposes and writes nothing', async () => {
    const before = await client.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    const outcome = await new IngestService(database).ingest(
      document('In mice, exosomes grew hair faster in the laboratory.'),
      CHANGE,
      { dryRun: true },
    );
    expect(outcome.sourceId).toBeNull();
    expect(outcome.proposals.length).toBeGreaterThan(0);
    expect(await client.read('MATCH (n) RETURN count(n) AS n')).toEqual(before);
  });
});
