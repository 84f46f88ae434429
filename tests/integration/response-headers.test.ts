import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

const CURATOR_TOKEN = 'ada-token-0123456789';
const WRITERS_SITE = 'https://writers.example.org';
const ELSEWHERE = 'https://elsewhere.example.com';
const CLAIM = 'exosome-therapy-replaces-lasers-and-fillers';

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  await (await freshDatabase()).close();
  app = await startTestApp(fixtureCorpus('corpus-small'), {
    CLAIMGRAPH_CURATOR_TOKENS: `ada:${CURATOR_TOKEN}`,
    CORS_ORIGINS: `${WRITERS_SITE}, http://localhost:5173`,
  });
});
afterAll(async () => app?.stop());

const at = (path: string, init: RequestInit = {}) => fetch(new URL(path, app.url), init);
const graphqlPost = (query: string, headers: Record<string, string> = {}) =>
  at('graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
const CREATE_CLAIM = `mutation { createClaim(input: { statement: "Exosomes cure everything", topics: [] }) { ok } }`;

/** One request of each kind of response the app gives, with what it is. */
const RESPONSES: [string, () => Promise<Response>, RegExp][] = [
  ['the home page', () => at('/'), /text\/html/],
  ['a deep link to a page', () => at('/claims/some-claim'), /text\/html/],
  ['a built script', async () => at(/src="\/([^"]+\.js)"/.exec(await (await at('/')).text())![1]!), /javascript/],
  ['a GraphQL answer', () => graphqlPost('{ sources(first: 1) { edges { cursor } } }'), /json/],
  ['GraphiQL', () => at('graphql', { headers: { accept: 'text/html' } }), /text\/html/],
  ['GraphiQL’s script', () => at('graphiql/graphiql.js'), /javascript/],
  ['an export', () => at('export/base.csv'), /text\/csv/],
  ['the health check', () => at('health'), /json/],
  ['a feed', () => at(`feeds/claims/${CLAIM}.atom`), /atom\+xml/],
  ['an unknown export (404)', () => at('export/nothing-here'), /text\/plain/],
];

describe('every response is hardened', () => {
  it.each(RESPONSES)('%s carries the CSP, nosniff, a Referrer-Policy and refuses framing', async (_, request, type) => {
    const response = await request();
    expect(response.headers.get('content-type')).toMatch(type);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('the app’s own pages allow no inline style or script at all; only GraphiQL’s editor gets inline styles', async () => {
    const page = (await at('/')).headers.get('content-security-policy')!;
    expect(page).not.toContain('unsafe-inline');
    expect(page).not.toContain('unsafe-eval');
    const graphiql = (await at('graphql', { headers: { accept: 'text/html' } })).headers.get(
      'content-security-policy',
    )!;
    expect(graphiql).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(graphiql).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('serves pages with no inline script: the built client and GraphiQL load theirs as files', async () => {
    for (const path of ['/', '/claims', 'graphql']) {
      const html = await (await at(path, { headers: { accept: 'text/html' } })).text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes, path).toMatch(/\bsrc="\//);
        expect(body!.trim(), path).toBe('');
      }
    }
  });

  it('lets badges be embedded anywhere: no frame-ancestors, no X-Frame-Options, loadable cross-origin', async () => {
    const response = await at(`badges/claims/${CLAIM}.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).not.toContain('frame-ancestors');
    expect(csp).toContain("default-src 'none'");
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('CORS: reads open to every site, curator requests to the configured origins only', () => {
  it.each(RESPONSES)('%s can be read from any site’s page, without credentials', async (_, request) => {
    const response = await request();
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers a read preflight from any site: POST with a JSON body, no Authorization', async () => {
    const response = await at('graphql', {
      method: 'OPTIONS',
      headers: {
        origin: ELSEWHERE,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets only a configured origin send Authorization', async () => {
    const preflight = (origin: string) =>
      at('graphql', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    const configured = await preflight(WRITERS_SITE);
    expect(configured.status).toBe(204);
    expect(configured.headers.get('access-control-allow-origin')).toBe(WRITERS_SITE);
    expect(configured.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(configured.headers.get('vary')).toMatch(/origin/i);
    expect(configured.headers.get('access-control-allow-credentials')).toBeNull();

    const other = await preflight(ELSEWHERE);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('lets only a configured origin read the answer to a curator’s mutation', async () => {
    const auth = { authorization: `Bearer ${CURATOR_TOKEN}` };
    const fromWriters = await graphqlPost(CREATE_CLAIM, { origin: WRITERS_SITE, ...auth });
    expect(fromWriters.status).toBe(200);
    expect(fromWriters.headers.get('access-control-allow-origin')).toBe(WRITERS_SITE);

    const fromElsewhere = await graphqlPost(CREATE_CLAIM, { origin: ELSEWHERE, ...auth });
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull();
    // A read with a token is a curator request too.
    const readWithToken = await graphqlPost('{ sources(first: 1) { edges { cursor } } }', {
      origin: ELSEWHERE,
      ...auth,
    });
    expect(readWithToken.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('treats a mutation without a token as a curator request too: not readable from other sites', async () => {
    const fromElsewhere = await graphqlPost(CREATE_CLAIM, { origin: ELSEWHERE });
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await fromElsewhere.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const fromWriters = await graphqlPost(CREATE_CLAIM, { origin: WRITERS_SITE });
    expect(fromWriters.headers.get('access-control-allow-origin')).toBe(WRITERS_SITE);
  });
});
