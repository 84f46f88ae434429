import { DOMParser, type Element } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const CURATOR = { authorization: 'Bearer ana-token-0123456789' };
const CLAIM = 'exosome-therapy-is-a-breakthrough';
const CONTRADICTING = 'clinic-article-exosome-caution-dr-sang--exosome-therapy-is-a-breakthrough';
const SUPPORTING = 'expert-review-exosomes-aesthetic-medicine--exosome-therapy-is-a-breakthrough';

let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  await (await freshDatabase()).close();
  app = await startTestApp(realCorpus, { CLAIMGRAPH_CURATOR_TOKENS: 'Ana Reyes:ana-token-0123456789' });
});
afterAll(async () => app?.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, app.url), { headers });

/** A real XML parser that refuses a document that is not well-formed. */
function parseXml(text: string): Element {
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`not well-formed XML: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
  return document.documentElement!;
}

const children = (parent: Element, name: string) =>
  Array.from(parent.getElementsByTagNameNS(ATOM, name)).filter((e) => e.parentNode === parent);
const text = (parent: Element, name: string) => children(parent, name)[0]?.textContent ?? null;

interface Entry {
  id: string;
  title: string;
  updated: string;
  author: string | null;
  category: string | null;
  link: string | null;
  summary: string;
}

async function readFeed(path: string) {
  const response = await get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
  const feed = parseXml(await response.text());
  expect(feed.namespaceURI).toBe(ATOM);
  expect(feed.localName).toBe('feed');
  const entries: Entry[] = children(feed, 'entry').map((entry) => ({
    id: text(entry, 'id')!,
    title: text(entry, 'title')!,
    updated: text(entry, 'updated')!,
    author: children(entry, 'author')[0]?.getElementsByTagNameNS(ATOM, 'name')[0]?.textContent ?? null,
    category: children(entry, 'category')[0]?.getAttribute('term') ?? null,
    link: children(entry, 'link')[0]?.getAttribute('href') ?? null,
    summary: text(entry, 'summary')!,
  }));
  return { feed, entries, etag: response.headers.get('etag') };
}

const mutate = async (mutation: string, input: Record<string, unknown>) => {
  const { data, errors } = await app.graphql<Record<string, { ok: boolean }>>(mutation, { input }, CURATOR);
  expect(errors).toBeUndefined();
  expect(Object.values(data!)[0]!.ok).toBe(true);
};

async function badge(headers: Record<string, string> = {}) {
  const response = await get(`/badges/claims/${CLAIM}.svg`, headers);
  return { response, body: await response.text() };
}

describe('a writer follows a claim: its Atom feed', () => {
  it('starts as a valid feed with no entry, titled by the claim and linking to its page', async () => {
    const { feed, entries } = await readFeed(`/feeds/claims/${CLAIM}.atom`);
    expect(text(feed, 'title')).toBe(
      'claimgraph: Exosome therapy is a breakthrough that will revolutionize aesthetic medicine',
    );
    expect(text(feed, 'id')).toBe(new URL(`/claims/${CLAIM}`, app.url).toString());
    expect(Date.parse(text(feed, 'updated')!)).not.toBeNaN();
    const links = children(feed, 'link').map((l) => [l.getAttribute('rel'), l.getAttribute('href')]);
    expect(links).toContainEqual(['self', new URL(`/feeds/claims/${CLAIM}.atom`, app.url).toString()]);
    expect(entries).toEqual([]);
  });

  it('has an entry per change of consensus and per passage removed or changed, newest first, with stable ids', async () => {
    await mutate(`mutation ($input: DeleteAssertionInput!) { deleteAssertion(input: $input) { ok } }`, {
      id: CONTRADICTING,
      expectedVersion: 1,
      reason: 'the caution is about safety, not about novelty',
    });
    const first = await readFeed(`/feeds/claims/${CLAIM}.atom`);
    expect(first.entries.map((e) => e.category)).toEqual(['consensus', 'assertion-removed']);
    expect(first.entries[0]!.title).toBe(
      'Consensus changed from contested (best supporting grade anecdotal) to supported (best supporting grade anecdotal)',
    );
    expect(first.entries[1]!.title).toMatch(/^Passage from “.+” removed: contradicts, anecdotal evidence$/);
    for (const entry of first.entries) {
      expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(entry.author).toBe('Ana Reyes');
      expect(entry.summary).toContain('Why: the caution is about safety, not about novelty');
      expect(entry.link).toBe(new URL(`/claims/${CLAIM}`, app.url).toString());
    }

    await mutate(`mutation ($input: UpdateAssertionInput!) { updateAssertion(input: $input) { ok } }`, {
      id: SUPPORTING,
      expectedVersion: 1,
      grade: 'PRECLINICAL',
      basis: 'in_vitro',
      reason: 'the passage cites cell work',
    });
    const second = await readFeed(`/feeds/claims/${CLAIM}.atom`);
    expect(second.entries.map((e) => e.category)).toEqual([
      'consensus',
      'assertion-changed',
      'consensus',
      'assertion-removed',
    ]);
    expect(second.entries[0]!.title).toContain('to supported (best supporting grade preclinical)');
    expect(second.entries[1]!.title).toMatch(/changed: grade anecdotal → preclinical; basis none_given → in_vitro$/);
    expect(second.entries[1]!.link).toBe(new URL(`/claims/${CLAIM}#assertion-${SUPPORTING}`, app.url).toString());
    // The older entries keep their ids and instants: a feed reader does not show them again.
    expect(second.entries.slice(2)).toEqual(first.entries);
    const instants = second.entries.map((e) => Date.parse(e.updated));
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
    expect(text(second.feed, 'updated')).toBe(second.entries[0]!.updated);
  });

  it('lists the same entries in the feed of each of the claim’s topics, each naming its claim', async () => {
    const claimFeed = await readFeed(`/feeds/claims/${CLAIM}.atom`);
    for (const topic of ['marketing', 'evidence']) {
      const { feed, entries } = await readFeed(`/feeds/topics/${topic}.atom`);
      expect(text(feed, 'title')).toBe(`claimgraph: claims on ${topic}`);
      expect(entries.map((e) => e.id)).toEqual(claimFeed.entries.map((e) => e.id));
      expect(
        entries.every((e) =>
          e.title.startsWith('Exosome therapy is a breakthrough that will revolutionize aesthetic medicine: '),
        ),
      ).toBe(true);
    }
  });

  it('answers 304 to a reader that holds the current feed, and 404 for a claim or topic that does not exist', async () => {
    const { etag } = await readFeed(`/feeds/topics/marketing.atom`);
    expect((await get('/feeds/topics/marketing.atom', { 'if-none-match': etag! })).status).toBe(304);
    expect((await get('/feeds/claims/no-such-claim.atom')).status).toBe(404);
    expect((await get('/feeds/topics/no-such-topic.atom')).status).toBe(404);
    expect((await get('/feeds/claims/%E0%A4%A.atom')).status).toBe(404);
  });
});

describe('history for every reader, signed out', () => {
  it('lists a claim’s changes newest first: when, who by name, why, before → after', async () => {
    const { data, errors } = await app.graphql<{
      claim: {
        changes: {
          edges: {
            node: {
              action: string;
              actor: string;
              reason: string;
              at: string;
              summary: string;
              changes: { field: string; before: string | null; after: string | null }[];
            };
          }[];
        };
      };
    }>(`{ claim(id: "${CLAIM}") { changes(first: 10) { edges { node {
      action actor reason at summary changes { field before after } } } } } }`);
    expect(errors).toBeUndefined();
    const changes = data!.claim.changes.edges.map((e) => e.node);
    expect(changes.map((c) => c.action)).toEqual(['consensus', 'update', 'consensus', 'delete']);
    expect(changes.every((c) => c.actor === 'Ana Reyes')).toBe(true);
    expect(changes[0]!.changes).toContainEqual({ field: 'bestGrade', before: 'anecdotal', after: 'preclinical' });
    expect(changes[1]!.changes).toEqual([
      { field: 'grade', before: 'anecdotal', after: 'preclinical' },
      { field: 'basis', before: 'none_given', after: 'in_vitro' },
    ]);
    expect(changes[2]!.changes).toContainEqual({ field: 'status', before: 'contested', after: 'supported' });
  });

  it('pages a claim’s changes with cursors', async () => {
    type Page = {
      claim: {
        changes: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
    };
    const query = `query ($after: String) { claim(id: "${CLAIM}") { changes(first: 3, after: $after) {
      edges { node { id } } pageInfo { hasNextPage endCursor } } } }`;
    const first = (await app.graphql<Page>(query, { after: null })).data!.claim.changes;
    expect(first.edges).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await app.graphql<Page>(query, { after: first.pageInfo.endCursor })).data!.claim.changes;
    expect(second.edges).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const all = (await app.graphql<Page>(query.replace('first: 3', 'first: 10'), { after: null })).data!.claim.changes;
    expect([...first.edges, ...second.edges]).toEqual(all.edges);
  });

  it('keeps a deleted assertion’s revisions readable, naming its source', async () => {
    const { data } = await app.graphql<{ assertionHistory: { action: string; actor: string; summary: string }[] }>(
      `{ assertionHistory(id: "${CONTRADICTING}") { action actor summary } }`,
    );
    expect(data!.assertionHistory).toEqual([
      { action: 'delete', actor: 'Ana Reyes', summary: 'Passage removed: contradicts, anecdotal evidence' },
    ]);
  });
});

describe('a writer shows a claim’s state in an article: its SVG badge', () => {
  it('shows the consensus and the best grade in words, with cache headers a CDN honours and an ETag', async () => {
    const { response, body } = await badge();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(response.headers.get('cache-control')).toMatch(/public/);
    expect(response.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
    const svg = parseXml(body);
    expect(svg.localName).toBe('svg');
    expect(svg.getAttribute('aria-label')).toBe('claimgraph: supported; best grade: preclinical');
    const words = Array.from(svg.getElementsByTagName('text')).map((t) => t.textContent);
    expect(words).toEqual(['claimgraph', 'supported', 'best grade: preclinical']);
    const fills = Array.from(svg.getElementsByTagName('rect'))
      .map((r) => r.getAttribute('fill'))
      .filter(Boolean);
    expect(new Set(fills).size).toBe(3);
    expect(response.headers.get('etag')).toMatch(/^"[^"]+"$/);
  });

  it('answers 304 while the consensus holds and a new badge (a new ETag) once it changes', async () => {
    const before = await badge();
    const etag = before.response.headers.get('etag')!;
    const unchanged = await badge({ 'if-none-match': etag });
    expect(unchanged.response.status).toBe(304);
    expect(unchanged.body).toBe('');
    await mutate(`mutation ($input: UpdateAssertionInput!) { updateAssertion(input: $input) { ok } }`, {
      id: SUPPORTING,
      expectedVersion: 2,
      stance: 'CONTRADICTS',
      reason: 'read again: the passage denies it',
    });
    const after = await badge({ 'if-none-match': etag });
    expect(after.response.status).toBe(200);
    expect(after.response.headers.get('etag')).not.toBe(etag);
    expect(parseXml(after.body).getAttribute('aria-label')).toBe('claimgraph: contested; best grade: anecdotal');
  });

  it('gives the claim page an HTML snippet linking the badge to the claim’s permalink; 404 for no claim', async () => {
    const { data } = await app.graphql<{
      claim: { permalink: string; badgeUrl: string; badgeHtml: string; feedUrl: string };
    }>(`{ claim(id: "${CLAIM}") { permalink badgeUrl badgeHtml feedUrl } }`);
    const { permalink, badgeUrl, badgeHtml, feedUrl } = data!.claim;
    expect(badgeUrl).toBe(new URL(`/badges/claims/${CLAIM}.svg`, app.url).toString());
    expect(feedUrl).toBe(new URL(`/feeds/claims/${CLAIM}.atom`, app.url).toString());
    const link = new DOMParser().parseFromString(badgeHtml, 'text/html').getElementsByTagName('a')[0]!;
    expect(link.getAttribute('href')).toBe(permalink);
    const image = link.getElementsByTagName('img')[0]!;
    expect(image.getAttribute('src')).toBe(badgeUrl);
    expect(image.getAttribute('alt')).toBe(
      'claimgraph: contested; best grade: anecdotal — Exosome therapy is a breakthrough that will revolutionize aesthetic medicine',
    );
    expect((await get('/badges/claims/no-such-claim.svg')).status).toBe(404);
  });
});

describe('a writer follows a claim: a passage added to it', () => {
  it('is an entry at the top of the claim’s feed and of its topics’, linking to the new passage', async () => {
    const source = 'korea-clinic-exosome-faq';
    const { data } = await app.graphql<{ source: { text: string } }>(`{ source(id: "${source}") { text } }`);
    const sourceText = data!.source.text;
    const passage = sourceText.split(/(?<=\.)\s+/).find((sentence) => sentence.length > 40)!;
    const start = sourceText.indexOf(passage);
    const { data: created, errors } = await app.graphql<{
      createAssertion: { ok: boolean; assertion: { permalink: string } | null };
    }>(
      `mutation ($input: CreateAssertionInput!) { createAssertion(input: $input) { ok assertion { permalink } } }`,
      {
        input: {
          sourceId: source,
          claimId: CLAIM,
          start,
          end: start + passage.length,
          stance: 'SUPPORTS',
          grade: 'ANECDOTAL',
          basis: 'none_given',
          rationale: 'the clinic presents the therapy as new',
          reason: 'a second supporting passage',
        },
      },
      CURATOR,
    );
    expect(errors).toBeUndefined();
    expect(created!.createAssertion.ok).toBe(true);
    const { permalink } = created!.createAssertion.assertion!;

    const { entries } = await readFeed(`/feeds/claims/${CLAIM}.atom`);
    const added = entries.find((e) => e.category === 'assertion-added')!;
    expect(added).toBeDefined();
    // Newest first: the passage's entry, or the change of consensus it brought, heads the feed.
    expect(entries.indexOf(added)).toBeLessThanOrEqual(1);
    expect(added.title).toMatch(/^Passage from “.+” added: supports, anecdotal evidence$/);
    expect(added.author).toBe('Ana Reyes');
    expect(added.summary).toContain('Why: a second supporting passage');
    expect(added.link).toBe(permalink);
    expect(permalink).toMatch(new RegExp(`/claims/${CLAIM}#assertion-`));
    const topicFeed = await readFeed(`/feeds/topics/marketing.atom`);
    expect(topicFeed.entries.map((e) => e.id)).toContain(added.id);
  });
});
