import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { SETTLE, launchBrowser, screenshot, watchedPage } from '../support/browser.js';
import { loadSyntheticBase } from '../support/synthetic-base.js';
import { fixtureCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

/**
 * 250 sources, 500 claims, 2,500 assertions (the benchmark's synthetic corpus): more than a page
 * of every list the browser shows (sources 50, claims 25, the old fixed 200), so a page that
 * counts or offers only its first page shows it here.
 */
const SOURCES = 250;

let db: Neo4jClient;
let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;

beforeAll(async () => {
  db = await freshDatabase();
  app = await startTestApp(fixtureCorpus('corpus-empty'));
  await loadSyntheticBase(db, SOURCES);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await db?.close();
});

const count = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.read<{ n: number }>(cypher, params))[0]!.n;

async function open(page: Page, path: string) {
  await page.goto(new URL(path, app.url).toString());
  await page.locator('main h1').first().waitFor();
}

describe('the browser’s lists hold on a base larger than one page of each', () => {
  it('home: counts what the whole base holds, and features claims by the rule, from this corpus', async () => {
    const { page, problems } = await watchedPage(browser);
    await open(page, '/');
    const stats = page.locator('.stats');
    await expect.poll(() => stats.innerText(), SETTLE).toMatch(/500\s+claims/);
    await expect.poll(() => stats.innerText(), SETTLE).toMatch(/250\s+sources/);
    for (const [status, word] of [
      ['SUPPORTED', 'supported'],
      ['CONTESTED', 'contested'],
      ['CONTRADICTED', 'contradicted'],
    ]) {
      const n = await count('MATCH (c:Claim {status: $status}) RETURN count(c) AS n', { status });
      await expect.poll(() => stats.innerText(), SETTLE).toMatch(new RegExp(`${n}\\s+\\S*\\s*${word}`));
    }
    const featured = page.getByRole('region', { name: 'Most widely addressed' }).locator('a.claim-link');
    await expect.poll(() => featured.count(), SETTLE).toBe(4);
    const [busiest] = await db.read<{ slug: string }>(
      'MATCH (c:Claim) RETURN c.slug AS slug ORDER BY c.sourceCount DESC, c.slug LIMIT 1',
    );
    await expect.poll(() => featured.first().getAttribute('href'), SETTLE).toBe(`/claims/${busiest!.slug}`);
    await screenshot(page, 'home-page-at-scale', { fullPage: false });
    expect(problems).toEqual([]);
  });

  it('sources: counts all, pages 50 at a time, and finds one past the first pages as one types', async () => {
    const { page, problems } = await watchedPage(browser);
    await open(page, '/sources');
    const items = page.locator('ul.source-list > li');
    await expect.poll(() => page.locator('main').innerText(), SETTLE).toContain('250 sources');
    await expect.poll(() => items.count(), SETTLE).toBe(50);
    await page.getByRole('button', { name: 'Show more sources' }).click();
    await expect.poll(() => items.count(), SETTLE).toBe(100);
    // The first of the new page takes the focus, so a keyboard reader carries on there.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent), SETTLE)
      .toBe(await items.nth(50).locator('a').innerText());

    await page.getByRole('searchbox', { name: 'Words in the title or publisher' }).fill('synthetic source 24');
    await page.waitForURL(/q=synthetic\+source\+24/);
    await expect.poll(() => page.locator('main').innerText(), SETTLE).toContain('11 sources match');
    await expect.poll(() => items.first().innerText(), SETTLE).toContain('Synthetic source 24');
    await expect
      .poll(() => items.allInnerTexts(), SETTLE)
      .toContainEqual(expect.stringContaining('Synthetic source 249'));
    await screenshot(page, 'sources-page-search', { fullPage: false, readme: true });
    expect(problems).toEqual([]);
  });

  it('compare: finds each source as one types, beyond the first 200', async () => {
    const { page, problems } = await watchedPage(browser);
    await open(page, '/compare');
    for (const [label, number] of [
      ['Source A', 231],
      ['Source B', 247],
    ] as const) {
      const field = page.getByRole('combobox', { name: label });
      await field.fill(`synthetic source ${number}`);
      const option = page.getByRole('option', { name: `Synthetic source ${number}`, exact: false }).first();
      await option.waitFor();
      await field.press('ArrowDown');
      await field.press('Enter');
      await page.waitForURL(new RegExp(`${label === 'Source A' ? 'a' : 'b'}=synthetic-source-0000${number}`));
    }
    await page.locator('.compare-table, .notice').first().waitFor();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Source B' }).inputValue(), SETTLE)
      .toBe('Synthetic source 247');
    expect(problems).toEqual([]);
  });

  it('claims: counts every match, pages on, and offers every topic from the topics’ own query', async () => {
    const { page, problems } = await watchedPage(browser);
    await open(page, '/claims');
    await expect.poll(() => page.locator('main').innerText(), SETTLE).toMatch(/500 claims/);
    const rows = page.locator('.claims-table tbody tr:not(.load-more-row):not(.message-row)');
    await expect.poll(() => rows.count(), SETTLE).toBe(25);
    await page.getByRole('button', { name: 'Load more claims' }).click();
    await expect.poll(() => rows.count(), SETTLE).toBe(50);
    await expect
      .poll(() => page.locator('.claims-table tbody .claim-link').allInnerTexts(), SETTLE)
      .toSatisfy((statements: string[]) => new Set(statements).size === 50);
    const topics = await db.read<{ name: string }>('MATCH (t:Topic) RETURN t.name AS name ORDER BY name');
    const options = () =>
      page
        .getByLabel('Topic')
        .locator('option')
        .evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await expect.poll(options, SETTLE).toEqual(topics.map((t) => t.name));
    const topic = topics.at(-1)!.name;
    await page.getByLabel('Topic').selectOption(topic);
    await page.waitForURL(new RegExp(`topic=${topic}`));
    const inTopic = await count('MATCH (c:Claim) WHERE $topic IN c.topics RETURN count(c) AS n', { topic });
    await expect.poll(() => page.locator('main').innerText(), SETTLE).toMatch(new RegExp(`${inTopic} claims?`));
    expect(problems).toEqual([]);
  });

  it('matrix: around the claims most sources address, capped, no empty row, more sources on request', async () => {
    const { page, problems } = await watchedPage(browser);
    await open(page, '/matrix');
    const rows = page.locator('table.matrix tbody tr');
    const columns = page.locator('table.matrix thead th.matrix-source');
    await expect.poll(() => columns.count(), SETTLE).toBe(20);
    await expect.poll(() => rows.count(), SETTLE).toBeGreaterThan(50);
    await expect.poll(() => rows.count(), SETTLE).toBeLessThanOrEqual(100);
    await expect.poll(() => rows.filter({ hasNot: page.locator('td.matrix-cell a') }).count(), SETTLE).toBe(0);
    await expect.poll(() => page.locator('.neighbourhood-extent').innerText(), SETTLE).toContain('of 500');
    await page.getByRole('link', { name: 'Show more sources' }).click();
    await expect.poll(() => columns.count(), SETTLE).toBe(30);
    await screenshot(page, 'matrix-page-at-scale', { fullPage: false, readme: true });
    expect(problems).toEqual([]);
  });
  it('graph: opens on a capped neighbourhood of the busiest claims, never the whole base, and from a source past the first pages', async () => {
    const { page, problems } = await watchedPage(browser);
    await open(page, '/graph');
    const drawn = () =>
      page.locator('.graph-canvas').evaluate((container) => {
        const cy = (container as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
        const claims = cy.nodes('[kind = "claim"]');
        return {
          claims: claims.length,
          sources: cy.nodes('[kind = "source"]').length,
          // Claims drawn with no edge to a source drawn: an empty row of the matrix, here a lone dot.
          unaddressed: claims.filter((c) => c.connectedEdges('[kind = "position"]').length === 0).length,
          sourceIds: cy.nodes('[kind = "source"]').map((n) => n.id()),
        };
      });
    await expect.poll(async () => (await drawn()).claims, SETTLE).toBeGreaterThan(50);
    await expect.poll(async () => (await drawn()).claims, SETTLE).toBeLessThanOrEqual(100);
    await expect.poll(async () => (await drawn()).sources, SETTLE).toBe(20);
    await expect.poll(async () => (await drawn()).unaddressed, SETTLE).toBe(0);
    await expect.poll(() => page.locator('.neighbourhood-extent').innerText(), SETTLE).toContain('of 500');
    await page.getByRole('link', { name: 'Show more sources' }).click();
    await expect.poll(async () => (await drawn()).sources, SETTLE).toBe(30);

    await open(page, '/graph?source=synthetic-source-0000247');
    await expect.poll(() => page.locator('.focus-now').innerText(), SETTLE).toContain('Synthetic source 247');
    await expect.poll(async () => (await drawn()).sourceIds, SETTLE).toContain('source:synthetic-source-0000247');
    await expect.poll(async () => (await drawn()).sources, SETTLE).toBeLessThanOrEqual(20);
    expect(problems).toEqual([]);
  });
});
