import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../../server/src/graphql/limits.js';
import { realCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  await (await freshDatabase()).close();
  app = await startTestApp(realCorpus);
});
afterAll(async () => app?.stop());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(new URL('graphql', app.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('hostile queries are refused as the caller’s error, never with a 5xx', () => {
  it('refuses a query deeper than the limit', async () => {
    const deep = `{ claims(first: 1) { edges { node { assertions { claim { assertions { claim { assertions { claim { assertions { claim { slug } } } } } } } } } } } }`;
    const { status, errors } = await app.graphql(deep);
    expect(status).toBeLessThan(500);
    expect(errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses an alias bomb', async () => {
    const aliases = Array.from(
      { length: QUERY_LIMITS.maxAliases + 5 },
      (_, i) => `a${i}: claims(first: 1) { edges { cursor } }`,
    ).join(' ');
    const { status, errors } = await app.graphql(`{ ${aliases} }`);
    expect(status).toBeLessThan(500);
    expect(errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses a flood of directives', async () => {
    const directives = Array.from({ length: QUERY_LIMITS.maxDirectives + 5 }, () => '@include(if: true)').join(' ');
    const { status, errors } = await app.graphql(`{ sources(first: 1) ${directives} { edges { cursor } } }`);
    expect(status).toBeLessThan(500);
    expect(errors?.[0]?.message).toMatch(/directive/i);
  });

  it('refuses a query too costly to answer, before touching the database', async () => {
    const before = app.roundTrips();
    const costly = `{ claims(first: 200) { edges { node { assertions { source { assertions { claim { assertions { source { title text } quote { exact prefix suffix } } } } } } } } } }`;
    const { status, errors } = await app.graphql(costly);
    expect(status).toBeLessThan(500);
    expect(errors?.[0]?.message).toMatch(/cost/i);
    expect(app.roundTrips()).toBe(before);
  });

  it('answers the heaviest query the client needs', async () => {
    const { errors } = await app.graphql(`{ claims(first: 200) { edges { node {
      slug statement topics consensus { status supporting contradicting qualifying bestGrade gradeConflict } conflictsWith { slug }
      assertions { stance grade basis hedged cited overreach quote { exact prefix suffix } source { title kind jama { authorship { met } } } }
    } } } }`);
    expect(errors).toBeUndefined();
  });

  it('answers malformed JSON with 400', async () => {
    const response = await post('{"query": "{ sources { edges');
    expect(response.status).toBe(400);
  });

  it('answers an oversized body with 413', async () => {
    const response = await post(
      JSON.stringify({
        query: `{ sources(first: 1) { edges { cursor } } }`,
        variables: { pad: 'x'.repeat(QUERY_LIMITS.maxBodyBytes) },
      }),
    );
    expect(response.status).toBe(413);
  });

  it('counts a body sent without its length (chunked) as it arrives: answered within the limit, 413 past it', async () => {
    const chunked = (body: string) =>
      fetch(new URL('graphql', app.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new Blob([body]).stream(),
        duplex: 'half',
      } as RequestInit);
    const query = `{ sources(first: 1) { edges { cursor } } }`;
    const small = await chunked(JSON.stringify({ query }));
    expect(small.status).toBe(200);
    expect(((await small.json()) as { data: unknown }).data).toMatchObject({ sources: { edges: [{}] } });
    const large = await chunked(JSON.stringify({ query, variables: { pad: 'x'.repeat(QUERY_LIMITS.maxBodyBytes) } }));
    expect(large.status).toBe(413);
    expect(JSON.stringify(await large.json())).toMatch(/request body over/);
  });

  it('does not suggest field names to a caller probing the schema', async () => {
    const { errors } = await app.graphql(`{ sources(first: 1) { edges { node { titl } } } }`);
    expect(errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
