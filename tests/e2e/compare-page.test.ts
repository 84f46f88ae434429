import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SETTLE, screenshot, watchedPage } from '../support/browser.js';
import { realCorpus } from '../support/test-app.js';
import { appInBrowser } from '../support/app-in-browser.js';

const live = appInBrowser(realCorpus);

const A = 'expert-review-exosomes-aesthetic-medicine';

async function chooseSource(page: Page, label: string, words: string, title: RegExp) {
  const field = page.getByRole('combobox', { name: label });
  await field.fill(words);
  await page.getByRole('option', { name: title }).click();
}
const B = 'clinic-article-exosome-caution-dr-sang';

describe('an educator compares two sources side by side', () => {
  it('picks two sources, sees the counts and a conflict row with both quotes, and the choice stays in the URL', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL('compare', live.app.url).toString());
    await page.getByRole('heading', { level: 1, name: 'Compare two sources' }).waitFor();
    await page.getByText('Choose two sources').waitFor();
    // Each source is found as one types words of its title.
    await chooseSource(page, 'Source A', 'Current Use', /The Current Use of Exosomes/);
    await chooseSource(
      page,
      'Source B',
      'skin regeneration caution',
      /understanding it correctly and proceeding with caution/,
    );
    await page.locator('.compare-table').waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('a')).toBe(A);
    expect(url.searchParams.get('b')).toBe(B);

    const counts = page.getByRole('list', { name: 'Counts' });
    await expect.poll(() => counts.innerText(), SETTLE).toMatch(/\d+\s+shared claims/);
    await expect.poll(() => counts.innerText(), SETTLE).toMatch(/[1-9]\d*\s+conflict/);

    const row = page.locator('tr[data-claim="exosome-products-are-standardized"]');
    await expect.poll(() => row.locator('.badge').innerText(), SETTLE).toContain('Conflict');
    await expect.poll(() => row.locator('.badge [aria-hidden="true"]').innerText(), SETTLE).toBe('⚔');
    const sides = row.locator('td.compare-side');
    await expect.poll(() => sides.count(), SETTLE).toBe(2);
    await expect.poll(() => sides.nth(0).locator('.compare-quote').first().innerText(), SETTLE).toMatch(/^“.+”$/s);
    await expect.poll(() => sides.nth(1).locator('.compare-quote').first().innerText(), SETTLE).toMatch(/^“.+”$/s);
    // The two sides take different stances on the claim.
    await expect
      .poll(
        () =>
          sides
            .locator('.stance')
            .allInnerTexts()
            .then((s) => new Set(s).size),
        SETTLE,
      )
      .toBe(2);
    await screenshot(page, 'compare-page');
    expect(problems).toEqual([]);
  });

  it('opens straight from a shared link and fits 1024 px', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(new URL(`compare?a=${A}&b=${B}`, live.app.url).toString());
    await page.locator('tr[data-claim="exosome-products-are-standardized"]').waitFor();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Source A' }).inputValue(), SETTLE)
      .toContain('The Current Use of Exosomes');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), SETTLE)
      .toBeLessThanOrEqual(1024);
    await screenshot(page, 'compare-page-1024', { fullPage: false });
    expect(problems).toEqual([]);
  });
});
