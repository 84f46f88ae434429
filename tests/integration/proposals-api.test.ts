import { pdfBytesOf, scannedPdfBytes, TRIAL_REPORT } from '../support/pdf-documents.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

const CURATOR = { authorization: 'Bearer alice-token-0123456789' };
const TEXT = [
  'A split-face trial of exosome serum after fractional laser',
  'In a randomized, double-blind, split-face trial of 40 patients, exosome serum applied after fractional CO2 laser reduced post-procedure erythema compared with saline.',
  'In cultured fibroblasts, exosomes increased collagen synthesis, but this has not been shown in human skin.',
  'Exosome eye drops cure presbyopia, the clinic promises.',
].join('\n');

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  await (await freshDatabase()).close();
  app = await startTestApp(realCorpus, { CLAIMGRAPH_CURATOR_TOKENS: 'alice:alice-token-0123456789' });
});
afterAll(async () => app?.stop());

interface ProposalView {
  id: string;
  status: string;
  grade: string;
  stance: string;
  confidence: number;
  quote: { exact: string; start: number; end: number };
  claim: { slug: string } | null;
  newClaimStatement: string | null;
  linkReason: string;
}

const INGEST = `mutation ($input: IngestSourceInput!) { ingestSource(input: $input) { ok created error { message }
  source { slug text proposals { id status grade stance confidence linkReason quote { exact start end } claim { slug } newClaimStatement } } } }`;
type Ingested = {
  ingestSource: { ok: boolean; created: boolean; source: { slug: string; text: string; proposals: ProposalView[] } };
};
const ingest = () =>
  app.graphql<Ingested>(
    INGEST,
    { input: { title: 'A split-face trial', kind: 'peer_reviewed_paper', text: TEXT } },
    CURATOR,
  );
const assertionCount = async () =>
  (
    await app.graphql<{ claims: { edges: { node: { assertions: unknown[] } }[] } }>(
      '{ claims(first: 200) { edges { node { assertions { id } } } } }',
    )
  ).data!.claims.edges.reduce((n, e) => n + e.node.assertions.length, 0);

let proposals: ProposalView[];

describe('the review queue: a new document in, proposals out', () => {
  it('is for curators only', async () => {
    const { errors } = await app.graphql(INGEST, { input: { title: 't', kind: 'other', text: TEXT } });
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores the document and PROPOSED assertions, quoted verbatim, without touching curated ones', async () => {
    const before = await assertionCount();
    const { data } = await ingest();
    expect(data!.ingestSource).toMatchObject({ ok: true, created: true });
    proposals = data!.ingestSource.source.proposals;
    expect(proposals.length).toBeGreaterThanOrEqual(3);
    for (const p of proposals) {
      expect(p.status).toBe('PROPOSED');
      expect(TEXT.slice(p.quote.start, p.quote.end)).toBe(p.quote.exact);
    }
    const trial = proposals.find((p) => p.quote.exact.startsWith('In a randomized'))!;
    expect(trial).toMatchObject({ grade: 'CLINICAL', stance: 'SUPPORTS' });
    expect(trial.claim).not.toBeNull();
    expect(proposals.some((p) => p.claim === null && p.newClaimStatement?.startsWith('Exosome eye drops'))).toBe(true);
    // Every proposal says why its claim: a new claim is NEW, a known one never is.
    for (const p of proposals) expect(p.linkReason === 'NEW').toBe(p.claim === null);
    expect(trial.linkReason).toBe('MATCHES');
    expect(await assertionCount()).toBe(before);
  });

  it('does not duplicate the source or its proposals when the same text comes again', async () => {
    const { data } = await ingest();
    expect(data!.ingestSource).toMatchObject({ ok: true, created: false });
    expect(data!.ingestSource.source.proposals.map((p) => p.id).sort()).toEqual(proposals.map((p) => p.id).sort());
  });

  it('accepts a proposal as an assertion graded by the assistant, once', async () => {
    const ACCEPT = `mutation ($input: AcceptProposalInput!) { acceptProposal(input: $input) { ok error { code message } assertion { gradedBy grade claim { slug consensus { status } } } } }`;
    const trial = proposals.find((p) => p.quote.exact.startsWith('In a randomized'))!;
    const { data } = await app.graphql<{
      acceptProposal: { ok: boolean; assertion: { gradedBy: string; grade: string; claim: { slug: string } } };
    }>(ACCEPT, { input: { id: trial.id } }, CURATOR);
    expect(data!.acceptProposal.ok).toBe(true);
    expect(data!.acceptProposal.assertion.gradedBy).toBe(`assistant:${trial.confidence}`);
    expect(data!.acceptProposal.assertion.claim.slug).toBe(trial.claim!.slug);
    const again = await app.graphql(ACCEPT, { input: { id: trial.id } }, CURATOR);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('accepts a proposal of a new claim with the curator’s edits, creating the claim', async () => {
    const ACCEPT = `mutation ($input: AcceptProposalInput!) { acceptProposal(input: $input) { ok assertion { gradedBy grade basis claim { statement topics } } } }`;
    const novel = proposals.find((p) => p.claim === null && p.newClaimStatement?.startsWith('Exosome eye drops'))!;
    const { data } = await app.graphql<{
      acceptProposal: { ok: boolean; assertion: { gradedBy: string; claim: { statement: string; topics: string[] } } };
    }>(
      ACCEPT,
      {
        input: {
          id: novel.id,
          topics: ['efficacy'],
          grade: 'ANECDOTAL',
          basis: 'none_given',
          rationale: 'States a cure with no basis at all.',
        },
      },
      CURATOR,
    );
    expect(data!.acceptProposal.ok).toBe(true);
    expect(data!.acceptProposal.assertion.gradedBy).toBe('curator:alice');
    expect(data!.acceptProposal.assertion.claim).toEqual({ statement: novel.newClaimStatement, topics: ['efficacy'] });
  });

  it('rejects a proposal, leaving it out of the queue', async () => {
    const rest = proposals.filter((p) => !p.quote.exact.startsWith('In a randomized') && p.claim !== null);
    const { data } = await app.graphql<{ rejectProposal: { ok: boolean } }>(
      `mutation ($input: RejectProposalInput!) { rejectProposal(input: $input) { ok } }`,
      { input: { id: rest[0]!.id, reason: 'wrong claim' } },
      CURATOR,
    );
    expect(data!.rejectProposal.ok).toBe(true);
    const queue = (
      await app.graphql<{ source: { proposals: { id: string }[] } }>(
        `{ source(id: "a-split-face-trial") { proposals { id } } }`,
      )
    ).data!.source.proposals;
    expect(queue.map((p) => p.id)).not.toContain(rest[0]!.id);
  });

  it('refuses topics that are not kebab-case words when accepting a new claim, and leaves the proposal waiting', async () => {
    const pending = (
      await app.graphql<{ source: { proposals: { id: string }[] } }>(
        `{ source(id: "a-split-face-trial") { proposals { id } } }`,
      )
    ).data!.source.proposals;
    const { data } = await app.graphql<{
      acceptProposal: { ok: boolean; error: { code: string; field: string } | null };
    }>(
      `mutation ($input: AcceptProposalInput!) { acceptProposal(input: $input) { ok error { code field } } }`,
      { input: { id: pending[0]!.id, topics: ['Skin Texture!'] } },
      CURATOR,
    );
    expect(data!.acceptProposal).toEqual({ ok: false, error: { code: 'INVALID', field: 'topics' } });
    const after = (
      await app.graphql<{ source: { proposals: { id: string }[] } }>(
        `{ source(id: "a-split-face-trial") { proposals { id } } }`,
      )
    ).data!.source.proposals;
    expect(after.map((p) => p.id)).toContain(pending[0]!.id);
  });

  it('lists each source with proposals still waiting, with how many, until none are left', async () => {
    const QUEUE = `{ reviewQueue { pendingProposals source { slug } } }`;
    const waiting = async () =>
      (await app.graphql<{ reviewQueue: { pendingProposals: number; source: { slug: string } }[] }>(QUEUE)).data!
        .reviewQueue;
    const pending = (
      await app.graphql<{ source: { proposals: { id: string }[] } }>(
        `{ source(id: "a-split-face-trial") { proposals { id } } }`,
      )
    ).data!.source.proposals;
    expect(await waiting()).toEqual([{ pendingProposals: pending.length, source: { slug: 'a-split-face-trial' } }]);
    for (const p of pending) {
      await app.graphql(
        `mutation ($input: RejectProposalInput!) { rejectProposal(input: $input) { ok } }`,
        { input: { id: p.id, reason: 'clearing the queue' } },
        CURATOR,
      );
    }
    expect(await waiting()).toEqual([]);
  });

  it('reads an HTML document as its text: quotes are verbatim in the text stored, without tags or scripts', async () => {
    const html =
      '<html><head><script>track()</script></head><body><h1>Clinic news</h1><p>In a randomized trial of 60 patients, exosome serum <b>reduced</b> redness after laser.</p></body></html>';
    const { data } = await app.graphql<Ingested>(
      INGEST,
      { input: { title: 'Clinic news', kind: 'clinic_blog_review', text: html, format: 'HTML' } },
      CURATOR,
    );
    const source = data!.ingestSource.source;
    expect(source.text).not.toMatch(/<|track\(\)/);
    expect(source.text).toContain('exosome serum reduced redness');
    expect(source.proposals.length).toBeGreaterThan(0);
    for (const p of source.proposals) expect(source.text.slice(p.quote.start, p.quote.end)).toBe(p.quote.exact);
  });
});

describe('a PDF uploaded to ingestSource (a GraphQL multipart request), read by its content, its pages kept', () => {
  /** The GraphQL multipart request spec, as urql sends it: operations, a map, and the file. */
  const upload = async (bytes: Uint8Array, name: string) => {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query: `mutation ($input: IngestSourceInput!) { ingestSource(input: $input) { ok error { message field }
          source { slug text proposals { id page quote { exact } grade } } } }`,
        variables: { input: { title: name, kind: 'peer_reviewed_paper', file: null } },
      }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.append('0', new Blob([Buffer.from(bytes)], { type: 'application/pdf' }), name);
    const response = await fetch(new URL('graphql', app.url), { method: 'POST', headers: CURATOR, body: form });
    return (await response.json()) as {
      data: {
        ingestSource: {
          ok: boolean;
          error: { message: string; field: string } | null;
          source: {
            slug: string;
            text: string;
            proposals: { id: string; page: number; quote: { exact: string }; grade: string }[];
          };
        };
      };
    };
  };

  it('stores the PDF’s text and proposals that name their page, and an accepted one’s assertion keeps it', async () => {
    const { data } = await upload(await pdfBytesOf(TRIAL_REPORT), 'trial-report.pdf');
    expect(data.ingestSource.ok).toBe(true);
    const { text, proposals } = data.ingestSource.source;
    expect(text).toContain('sped epithelial regeneration compared with saline.');
    expect(text).not.toContain('%PDF');
    const pageOf = (start: string) => proposals.find((p) => p.quote.exact.startsWith(start))?.page;
    expect(pageOf('In a randomized, double-blind')).toBe(1);
    expect(pageOf('In cultured fibroblasts')).toBe(2);
    const second = proposals.find((p) => p.quote.exact.startsWith('In cultured fibroblasts'))!;
    const accepted = await app.graphql<{
      acceptProposal: { ok: boolean; assertion: { page: number; citation: string } };
    }>(
      `mutation ($input: AcceptProposalInput!) { acceptProposal(input: $input) { ok assertion { page citation(format: AMA) } } }`,
      { input: { id: second.id } },
      CURATOR,
    );
    expect(accepted.data!.acceptProposal).toMatchObject({ ok: true, assertion: { page: 2 } });
    expect(accepted.data!.acceptProposal.assertion.citation).toContain('Quoted passage (p. 2):');
  });

  it('refuses a scan and a corrupt PDF with the reason, and stores nothing', async () => {
    const scan = await upload(await scannedPdfBytes(), 'scan.pdf');
    expect(scan.data.ingestSource).toMatchObject({ ok: false, source: null });
    expect(scan.data.ingestSource.error).toMatchObject({ field: 'file' });
    expect(scan.data.ingestSource.error!.message).toMatch(/no text layer/);
    const corrupt = await upload((await pdfBytesOf(TRIAL_REPORT)).slice(0, 300), 'broken.pdf');
    expect(corrupt.data.ingestSource.error!.message).toMatch(/not a readable PDF/);
  });
});

describe('one passage, one assertion per claim: deciding one proposal settles or refuses its duplicates', () => {
  const ACCEPT = `mutation ($input: AcceptProposalInput!) { acceptProposal(input: $input) { ok error { code field message } assertion { id claim { slug } } } }`;
  type Accepted = {
    acceptProposal: {
      ok: boolean;
      error: { code: string; field: string; message: string } | null;
      assertion: { id: string; claim: { slug: string } } | null;
    };
  };
  const PROPOSALS = `query ($id: ID!) { source(id: $id) { proposals(status: null) { id status claim { slug } quote { start end } assertion { id } } } }`;
  type Listed = {
    source: {
      proposals: {
        id: string;
        status: string;
        claim: { slug: string } | null;
        quote: { start: number; end: number };
        assertion: { id: string } | null;
      }[];
    };
  };
  const TRIAL =
    'In a randomized, double-blind trial of 60 patients, exosome serum applied after microneedling reduced redness and sped recovery compared with saline, and acne scars improved.';

  it('accepting a proposal edited to a sibling’s claim settles the sibling with the same assertion, and a second assertion of that claim on that passage is refused', async () => {
    const { data } = await app.graphql<Ingested>(
      INGEST,
      { input: { title: 'A second trial', kind: 'peer_reviewed_paper', text: TRIAL } },
      CURATOR,
    );
    const source = data!.ingestSource.source;
    const siblings = source.proposals.filter((p) => p.claim !== null);
    expect(siblings.length).toBeGreaterThanOrEqual(2);
    const [first, second] = siblings as [ProposalView, ProposalView];
    const accepted = (
      await app.graphql<Accepted>(ACCEPT, { input: { id: first.id, claimId: second.claim!.slug } }, CURATOR)
    ).data!.acceptProposal;
    expect(accepted.ok).toBe(true);
    expect(accepted.assertion!.claim.slug).toBe(second.claim!.slug);

    const listed = (await app.graphql<Listed>(PROPOSALS, { id: source.slug })).data!.source.proposals;
    expect(listed.find((p) => p.id === second.id)).toMatchObject({
      status: 'ACCEPTED',
      assertion: { id: accepted.assertion!.id },
    });
    const waiting = listed.filter((p) => p.status === 'PROPOSED');
    expect(waiting.length).toBe(source.proposals.length - 2);

    const before = await assertionCount();
    const third = waiting[0]!;
    const refused = (
      await app.graphql<Accepted>(ACCEPT, { input: { id: third.id, claimId: second.claim!.slug } }, CURATOR)
    ).data!.acceptProposal;
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID', field: 'claimId' }, assertion: null });
    expect(refused.error!.message).toContain(`already asserts claim "${second.claim!.slug}" with this passage`);
    expect(await assertionCount()).toBe(before);
    const after = (await app.graphql<Listed>(PROPOSALS, { id: source.slug })).data!.source.proposals;
    expect(after.find((p) => p.id === third.id)!.status).toBe('PROPOSED');
  });
});
