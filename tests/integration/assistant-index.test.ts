import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { createDatabase } from '../../server/src/db/repositories.js';
import { slugFor } from '../../server/src/domain/curation.js';
import { createServices } from '../../server/src/services/services.js';
import { realCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

const CURATOR = { authorization: 'Bearer alice-token-0123456789' };

let app: Awaited<ReturnType<typeof startTestApp>>;
let client: Neo4jClient;
beforeAll(async () => {
  client = await freshDatabase();
  app = await startTestApp(realCorpus, { CLAIMGRAPH_CURATOR_TOKENS: 'alice:alice-token-0123456789' });
});
afterAll(async () => {
  await app?.stop();
  await client?.close();
});

const INGEST = `mutation ($input: IngestSourceInput!) { ingestSource(input: $input) { ok error { message }
  source { proposals { quote { exact } claim { slug } } } } }`;
type Proposals = { quote: { exact: string }; claim: { slug: string } | null }[];

let documents = 0;
/** The claims the assistant links the passage to, the passage ingested as a new document. */
async function claimsLinkedTo(passage: string): Promise<string[]> {
  documents += 1;
  const { data, errors } = await app.graphql<{ ingestSource: { ok: boolean; source: { proposals: Proposals } } }>(
    INGEST,
    { input: { title: `Document ${documents}`, kind: 'other', text: `A note on exosome products.\n${passage}` } },
    CURATOR,
  );
  expect(errors).toBeUndefined();
  expect(data!.ingestSource.ok).toBe(true);
  return data!.ingestSource.source.proposals
    .filter((p) => passage.includes(p.quote.exact))
    .flatMap((p) => (p.claim ? [p.claim.slug] : []));
}

async function indexStats(): Promise<{ builds: number; grown: number }> {
  const body = (await (await fetch(new URL('health', app.url))).json()) as {
    assistantIndex: { builds: number; grown: number };
  };
  return body.assistantIndex;
}

const mutate = async <T>(mutation: string, input: Record<string, unknown>): Promise<T> => {
  const { data, errors } = await app.graphql<Record<string, T & { ok: boolean }>>(mutation, { input }, CURATOR);
  expect(errors).toBeUndefined();
  const payload = Object.values(data!)[0]!;
  expect(payload.ok).toBe(true);
  return payload;
};

const SMELL = 'Exosome nasal spray restores the sense of smell after a viral infection';
const SMELL_QUOTE = 'A fine mist of vesicles puffed twice a day brought back scent perception within days.';
let smellSlug = '';
let quoteAssertion: { id: string; version: number } | null = null;

describe('the grading assistant’s index in the server: kept between requests, current after every write', () => {
  it('is built at the first ingest and kept for the next ones', async () => {
    await claimsLinkedTo('Exosome serum reduced redness after laser resurfacing in a small trial.');
    await claimsLinkedTo('Clinics promise that exosome facials erase wrinkles for good.');
    expect(await indexStats()).toEqual({ builds: 1, grown: 0 });
  });

  it('links the next ingest to a claim a curator just created, grown rather than built again', async () => {
    expect(await claimsLinkedTo(`${SMELL}, a clinic says.`)).not.toContain(slugFor(SMELL));
    const created = await mutate<{ claim: { slug: string } }>(
      `mutation ($input: CreateClaimInput!) { createClaim(input: $input) { ok claim { slug } } }`,
      { statement: SMELL, topics: ['efficacy'] },
    );
    smellSlug = created.claim.slug;
    expect(await claimsLinkedTo(`${SMELL}, a second clinic says.`)).toContain(smellSlug);
    expect(await indexStats()).toEqual({ builds: 1, grown: 1 });
  });

  it('links the next ingest through a quote a curator just gave a claim', async () => {
    expect(await claimsLinkedTo(SMELL_QUOTE)).not.toContain(smellSlug);
    const text = `Field notes.\n${SMELL_QUOTE}`;
    const source = await mutate<{ source: { slug: string } }>(
      `mutation ($input: CreateSourceInput!) { createSource(input: $input) { ok source { slug } } }`,
      { title: 'Field notes on a nasal spray', kind: 'other', text },
    );
    const start = text.indexOf(SMELL_QUOTE);
    const created = await mutate<{ assertion: { id: string; version: number } }>(
      `mutation ($input: CreateAssertionInput!) { createAssertion(input: $input) { ok assertion { id version } } }`,
      {
        sourceId: source.source.slug,
        claimId: smellSlug,
        start,
        end: start + SMELL_QUOTE.length,
        stance: 'SUPPORTS',
        grade: 'ANECDOTAL',
        basis: 'testimonial',
        rationale: 'A user’s account.',
      },
    );
    quoteAssertion = created.assertion;
    expect(await claimsLinkedTo(`Users report it too. ${SMELL_QUOTE}`)).toContain(smellSlug);
    expect((await indexStats()).builds).toBe(1);
  });

  it('forgets the quote of an assertion a curator deletes, without building again', async () => {
    await mutate(`mutation ($input: DeleteAssertionInput!) { deleteAssertion(input: $input) { ok } }`, {
      id: quoteAssertion!.id,
      expectedVersion: quoteAssertion!.version,
      reason: 'misattributed',
    });
    expect(await claimsLinkedTo(`Again and again: ${SMELL_QUOTE}`)).not.toContain(smellSlug);
    expect((await indexStats()).builds).toBe(1);
  });

  it('links the next ingest to the claim of a proposal a curator just accepted as new', async () => {
    const novel = 'Exosome lip balm doubles the volume of thin lips in a single week.';
    const { data } = await app.graphql<{
      ingestSource: {
        source: { proposals: { id: string; quote: { exact: string }; claim: { slug: string } | null }[] };
      };
    }>(
      `mutation ($input: IngestSourceInput!) { ingestSource(input: $input) { source { proposals { id quote { exact } claim { slug } } } } }`,
      { input: { title: 'A lip balm leaflet', kind: 'other', text: `A leaflet.\n${novel}` } },
      CURATOR,
    );
    const proposal = data!.ingestSource.source.proposals.find((p) => p.quote.exact === novel && p.claim === null)!;
    const accepted = await mutate<{ assertion: { claim: { slug: string } } }>(
      `mutation ($input: AcceptProposalInput!) { acceptProposal(input: $input) { ok assertion { claim { slug } } } }`,
      { id: proposal.id, topics: ['efficacy'] },
    );
    expect(await claimsLinkedTo(`The leaflet again: ${novel}`)).toContain(accepted.assertion.claim.slug);
    expect(await indexStats()).toMatchObject({ builds: 1 });
  });

  it('is built again when another process (the kb command, say) changed the base', async () => {
    const statement = 'Exosome ear drops cure ringing in the ears within a month';
    const slug = await createServices(createDatabase(client)).curation.createClaim(statement, ['efficacy'], {
      actor: 'kb',
      reason: 'a claim written beside the server',
    });
    expect(await claimsLinkedTo(`${statement}, the leaflet says.`)).toContain(slug);
    expect((await indexStats()).builds).toBe(2);
  });
});
