import { describe, expect, it } from 'vitest';
import { SETTLE, screenshot, watchedPage } from '../support/browser.js';
import { realCorpus } from '../support/test-app.js';
import { appInBrowser } from '../support/app-in-browser.js';

const live = appInBrowser(realCorpus);

describe('an educator projects the claims × sources matrix', () => {
  it('shows 4 source columns, a row per claim, stance icons with words and grade letters with a legend', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL('matrix', live.app.url).toString());
    await page.locator('table.matrix').waitFor();
    await expect.poll(() => page.locator('table.matrix thead th.matrix-source').count(), SETTLE).toBe(4);
    await expect.poll(() => page.locator('table.matrix tbody tr').count(), SETTLE).toBe(67);
    const legend = page.locator('.matrix-legend');
    for (const word of ['Supports', 'Contradicts', 'Qualifies', 'Anecdotal', 'Preclinical', 'Clinical'])
      await expect.poll(() => legend.innerText(), SETTLE).toContain(word);

    const row = page.locator('table.matrix tbody tr', {
      has: page.getByRole('link', { name: /Exosome products are standardized/ }),
    });
    const cells = row.locator('td.matrix-cell');
    await expect.poll(() => cells.count(), SETTLE).toBe(4);
    const cellTexts = () => cells.allInnerTexts().then((texts) => texts.join(' '));
    await expect.poll(cellTexts, SETTLE).toContain('Supports');
    await expect.poll(cellTexts, SETTLE).toContain('Contradicts');
    await expect
      .poll(() => row.locator('td.cell-supports a').getAttribute('aria-label'), SETTLE)
      .toMatch(/supports this claim; anecdotal evidence/);
    await screenshot(page, 'matrix-page-projected', { fullPage: false });
    await screenshot(page, 'matrix-page');
    expect(problems).toEqual([]);
  });

  it('keeps the header row and the claim column in view while scrolling', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(new URL('matrix', live.app.url).toString());
    const scroller = page.locator('.matrix-scroll');
    await scroller.waitFor();
    await page.locator('table.matrix tbody th.matrix-claim').nth(40).waitFor();
    const box = (await scroller.boundingBox())!;
    await scroller.evaluate((el) => el.scrollBy(400, 1500));
    const header = page.locator('table.matrix thead th.matrix-source').first();
    await expect.poll(async () => Math.abs((await header.boundingBox())!.y - box.y), SETTLE).toBeLessThan(3);
    const firstColumn = page.locator('table.matrix tbody th.matrix-claim').nth(40);
    await expect.poll(async () => Math.abs((await firstColumn.boundingBox())!.x - box.x), SETTLE).toBeLessThan(3);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), SETTLE)
      .toBeLessThanOrEqual(1024);
    await screenshot(page, 'matrix-page-scrolled', { fullPage: false });
    expect(problems).toEqual([]);
  });

  it('opens the claim page at the quote when a cell is selected', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL('matrix', live.app.url).toString());
    const row = page.locator('table.matrix tbody tr', {
      has: page.getByRole('link', { name: /Exosome products are standardized/ }),
    });
    const link = row.locator('td.cell-contradicts a').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/claims\/exosome-products-are-standardized#assertion-/);
    await link.click();
    await page.waitForURL(/\/claims\/exosome-products-are-standardized#assertion-/);
    const target = page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`);
    await target.waitFor();
    await expect.poll(() => target.getAttribute('class'), SETTLE).toContain('stance-border-contradicts');
    await page.goBack();
    await page.locator('table.matrix').waitFor();
    expect(problems).toEqual([]);
  });

  it('filters by consensus status from the URL, kept when the reader starts from a topic', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL('matrix?status=CONTESTED', live.app.url).toString());
    await page.locator('table.matrix').waitFor();
    await expect.poll(() => page.locator('table.matrix tbody tr').count(), SETTLE).toBe(3);
    await page.getByLabel('Topic').selectOption('hair');
    await page.waitForURL(/topic=hair/);
    await expect.poll(() => new URL(page.url()).searchParams.get('status'), SETTLE).toBe('CONTESTED');
    await page.getByText('No claim matches these filters').waitFor();
    await page.getByLabel('Consensus').selectOption('');
    const rows = page.locator('table.matrix tbody tr');
    await expect.poll(() => rows.count(), SETTLE).toBeGreaterThan(0);
    // Only the topic's claims, each with a cell in a source shown.
    const { data } = await live.app.graphql<{ claims: { totalCount: number } }>(
      '{ claims(first: 1, filter: { topic: "hair" }) { totalCount } }',
    );
    await expect.poll(() => rows.count(), SETTLE).toBe(data!.claims.totalCount);
    await expect.poll(() => rows.filter({ hasNot: page.locator('td.matrix-cell a') }).count(), SETTLE).toBe(0);
    expect(problems).toEqual([]);
  });

  it('starts from a source found as one types: its claims, with it as the first column', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL('matrix', live.app.url).toString());
    await page.locator('table.matrix').waitFor();
    await page.getByRole('combobox', { name: 'A source' }).fill('what are exo');
    await page.getByRole('option', { name: /What are exosomes in aesthetic dermatology/ }).click();
    await page.waitForURL(/source=/);
    const firstColumn = page.locator('table.matrix thead th.matrix-source').first();
    await expect.poll(() => firstColumn.innerText(), SETTLE).toContain('What are exosomes in aesthetic dermatology');
    await expect.poll(() => page.locator('.focus-now').innerText(), SETTLE).toContain('What are exosomes');
    await screenshot(page, 'matrix-page-around-a-source', { fullPage: false, readme: true });
    expect(problems).toEqual([]);
  });

  it('starts from words: the claims that match them in statements or quotes, as the claims list counts them', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL('matrix', live.app.url).toString());
    await page.locator('table.matrix').waitFor();
    const words = page.getByRole('searchbox', { name: 'Words' });
    await words.fill('collagen');
    await words.press('Enter');
    await page.waitForURL(/q=collagen/);
    await expect.poll(() => page.locator('.focus-now').innerText(), SETTLE).toContain('best match “collagen”');
    const { data } = await live.app.graphql<{ claims: { totalCount: number } }>(
      '{ claims(first: 1, filter: { text: "collagen" }) { totalCount } }',
    );
    expect(data!.claims.totalCount).toBeGreaterThan(0);
    const rows = page.locator('table.matrix tbody tr');
    await expect.poll(() => rows.count(), SETTLE).toBe(data!.claims.totalCount);
    await expect.poll(() => rows.filter({ hasNot: page.locator('td.matrix-cell a') }).count(), SETTLE).toBe(0);
    expect(problems).toEqual([]);
  });
});
