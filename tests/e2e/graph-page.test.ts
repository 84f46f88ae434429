import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTLE, launchBrowser, screenshot, watchedPage } from '../support/browser.js';
import { realCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;

beforeAll(async () => {
  await (await freshDatabase()).close();
  app = await startTestApp(realCorpus);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('an educator explores the graph', () => {
  it('draws 4 sources and 67 claims, lights a node’s edges on focus, filters, and opens a node’s page', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Graph' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sources, claims and conflicts' }).waitFor();
    await page.locator('svg.graph').waitFor();
    await expect.poll(() => page.locator('.graph-node-source').count(), SETTLE).toBe(4);
    await expect.poll(() => page.locator('.graph-node-claim').count(), SETTLE).toBe(67);
    await expect.poll(() => page.locator('path.arc').count(), SETTLE).toBeGreaterThan(0);
    // Each stance has its own dash pattern, so the lines are not told apart by colour alone.
    const dashPatterns = () =>
      page
        .locator('path.edge')
        .evaluateAll((els) => new Set(els.map((el) => el.getAttribute('stroke-dasharray') ?? '')).size);
    await expect.poll(dashPatterns, SETTLE).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'graph-page');

    await page.locator('.graph-node-source').first().focus();
    await expect.poll(() => page.locator('svg.graph').getAttribute('class'), SETTLE).toContain('has-active');
    await expect.poll(() => page.locator('path.edge.is-lit').count(), SETTLE).toBeGreaterThan(0);
    await screenshot(page, 'graph-page-focused', { fullPage: false });

    await page.getByLabel('Consensus', { exact: true }).selectOption('CONTESTED');
    await expect.poll(() => page.locator('.graph-node-claim').count(), SETTLE).toBeLessThan(67);
    expect(new URL(page.url()).searchParams.get('status')).toBe('CONTESTED');
    await page.getByLabel('Stance', { exact: true }).selectOption('CONTRADICTS');
    await expect.poll(() => page.locator('path.edge-supports').count(), SETTLE).toBe(0);
    await expect.poll(() => page.locator('path.edge-contradicts').count(), SETTLE).toBeGreaterThan(0);

    const claim = page.locator('.graph-node-claim').first();
    const href = (await claim.getAttribute('href'))!;
    await claim.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(problems).toEqual([]);
  });

  it('opens a source node with a click', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(new URL('graph', app.url).toString());
    const source = page.locator('.graph-node-source').first();
    const href = (await source.getAttribute('href'))!;
    expect(href).toMatch(/^\/sources\//);
    await source.locator('.node-shape').click();
    await page.waitForURL((url) => url.pathname === href);
    await page.locator('.source-text').waitFor();
    expect(problems).toEqual([]);
  });
});
