import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, watchedPage } from '../support/browser.js';
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

const A = 'expert-review-exosomes-aesthetic-medicine';
const B = 'clinic-article-exosome-caution-dr-sang';

describe('an educator compares two sources side by side', () => {
  it('picks two sources, sees the counts and a conflict row with both quotes, and the choice stays in the URL', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(new URL('compare', app.url).toString());
    await page.getByRole('heading', { level: 1, name: 'Compare two sources' }).waitFor();
    await page.getByText('Choose two sources').waitFor();
    await page.getByLabel('Source A').selectOption(A);
    await page.getByLabel('Source B').selectOption(B);
    await page.locator('.compare-table').waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('a')).toBe(A);
    expect(url.searchParams.get('b')).toBe(B);

    const counts = await page.getByRole('list', { name: 'Counts' }).innerText();
    expect(counts).toMatch(/\d+\s+shared claims/);
    expect(counts).toMatch(/[1-9]\d*\s+conflict/);

    const row = page.locator('tr[data-claim="exosome-products-are-standardized"]');
    expect(await row.locator('.badge').innerText()).toContain('Conflict');
    expect(await row.locator('.badge [aria-hidden="true"]').innerText()).toBe('⚔');
    const sides = row.locator('td.compare-side');
    expect(await sides.count()).toBe(2);
    expect(await sides.nth(0).locator('.compare-quote').first().innerText()).toMatch(/^“.+”$/s);
    expect(await sides.nth(1).locator('.compare-quote').first().innerText()).toMatch(/^“.+”$/s);
    expect(await sides.nth(0).locator('.stance').innerText()).not.toBe(
      await sides.nth(1).locator('.stance').innerText(),
    );
    await screenshot(page, 'compare-page');
    expect(problems).toEqual([]);
  });

  it('opens straight from a shared link and fits 1024 px', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(new URL(`compare?a=${A}&b=${B}`, app.url).toString());
    await page.locator('tr[data-claim="exosome-products-are-standardized"]').waitFor();
    expect(await page.getByLabel('Source A').inputValue()).toBe(A);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await screenshot(page, 'compare-page-1024', { fullPage: false });
    expect(problems).toEqual([]);
  });
});
