import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

const CURATOR = { authorization: 'Bearer alice-token-0123456789' };
const SOURCE = 'korea-clinic-faq';
let app: Awaited<ReturnType<typeof startTestApp>>;
let original: string;

interface AssertionView {
  id: string;
  anchorState: string;
  version: number;
  quote: { exact: string; start: number; end: number };
}

const SOURCE_VIEW = `{ source(id: "${SOURCE}") { text textVersion previousVersions { textVersion text }
  assertions { id anchorState version quote { exact start end } } } }`;
const readSource = async () =>
  (
    await app.graphql<{
      source: {
        text: string;
        textVersion: number;
        previousVersions: { textVersion: number; text: string }[];
        assertions: AssertionView[];
      };
    }>(SOURCE_VIEW)
  ).data!.source;

const early =
  'In aesthetic dermatology, “exosome therapy” usually refers to applying or delivering exosome-containing preparations';
const risks =
  'Key risks relate to sterility, contamination, allergic reactions, and aggravating active inflammation if procedures are stacked aggressively.';

async function assertOn(passage: string): Promise<string> {
  const start = original.indexOf(passage);
  const { data } = await app.graphql<{ createAssertion: { ok: boolean; assertion: { id: string } } }>(
    `mutation ($input: CreateAssertionInput!) { createAssertion(input: $input) { ok assertion { id } } }`,
    {
      input: {
        sourceId: SOURCE,
        claimId: 'exosome-therapy-supports-post-procedure-recovery',
        start,
        end: start + passage.length,
        stance: 'QUALIFIES',
        grade: 'ANECDOTAL',
        basis: 'none_given',
        rationale: 'Curated for the revision test.',
      },
    },
    CURATOR,
  );
  return data!.createAssertion.assertion.id;
}

let earlyId: string;
let risksId: string;

beforeAll(async () => {
  await (await freshDatabase()).close();
  app = await startTestApp(fixtureCorpus('corpus-small'), {
    CLAIMGRAPH_CURATOR_TOKENS: 'alice:alice-token-0123456789',
  });
  original = (await readSource()).text;
  earlyId = await assertOn(early);
  risksId = await assertOn(risks);
});
afterAll(async () => app?.stop());

const REVISE = `mutation ($input: ReviseSourceTextInput!) { reviseSourceText(input: $input) { ok error { code field message } anchored moved orphaned } }`;

describe('revising a source text re-anchors every assertion on it', () => {
  it('is refused without a curator token', async () => {
    const { errors } = await app.graphql(REVISE, { input: { sourceId: SOURCE, text: 'x', reason: 'r' } });
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('marks each assertion ANCHORED, MOVED or ORPHANED and keeps the old text', async () => {
    const revised = original.replace('Clinics commonly use', 'Clinics often use').replace(`${risks} `, '');
    const { data } = await app.graphql<{
      reviseSourceText: { ok: boolean; anchored: number; moved: number; orphaned: number };
    }>(REVISE, { input: { sourceId: SOURCE, text: revised, reason: 'the clinic updated its FAQ' } }, CURATOR);
    expect(data!.reviseSourceText).toEqual({ ok: true, error: null, anchored: 1, moved: 2, orphaned: 1 });

    const source = await readSource();
    expect(source.text).toBe(revised);
    expect(source.textVersion).toBe(2);
    expect(source.previousVersions).toEqual([{ textVersion: 1, text: original }]);

    const byId = new Map(source.assertions.map((a) => [a.id, a]));
    const earlyNow = byId.get(earlyId)!;
    expect(earlyNow.quote.exact).toBe(early);
    expect(earlyNow.anchorState).toBe('ANCHORED');
    expect(earlyNow.version).toBe(1);

    const moved = source.assertions.filter((a) => a.anchorState === 'MOVED');
    expect(moved).toHaveLength(2);
    for (const a of moved) expect(revised.slice(a.quote.start, a.quote.end)).toBe(a.quote.exact);
    expect(moved.map((a) => a.quote.exact).join(' ')).toContain('Clinics often use exosome-based protocols');
  });

  it('never re-points an orphaned quote: it keeps its old selectors, which stand on the previous text', async () => {
    const source = await readSource();
    const orphan = source.assertions.find((a) => a.id === risksId)!;
    expect(orphan.anchorState).toBe('ORPHANED');
    expect(orphan.quote.exact).toBe(risks);
    expect(source.previousVersions[0]!.text.slice(orphan.quote.start, orphan.quote.end)).toBe(risks);
    const { data } = await app.graphql<{ assertionHistory: { action: string; reason: string }[] }>(
      `query ($id: ID!) { assertionHistory(id: $id) { action reason } }`,
      { id: risksId },
    );
    expect(data!.assertionHistory.at(-1)).toEqual({ action: 'reanchor', reason: 'the clinic updated its FAQ' });
  });

  it('refuses a text identical to the current one', async () => {
    const { data } = await app.graphql<{ reviseSourceText: { ok: boolean; error: { field: string } } }>(
      REVISE,
      { input: { sourceId: SOURCE, text: (await readSource()).text, reason: 'no change' } },
      CURATOR,
    );
    expect(data!.reviseSourceText).toMatchObject({ ok: false, error: { field: 'text' } });
  });
});
