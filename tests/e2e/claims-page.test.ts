import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SETTLE, screenshot, watchedPage } from '../support/browser.js';
import { realCorpus } from '../support/test-app.js';
import { appInBrowser } from '../support/app-in-browser.js';

const live = appInBrowser(realCorpus);

const rows = (page: Page) => page.locator('.claims-table tbody tr:not(.load-more-row):not(.message-row)');
/** The number of claim rows, once it has settled on `n` (the first load of a run can take a few seconds). */
const expectRows = (page: Page, n: number) => expect.poll(() => rows(page).count(), SETTLE).toBe(n);
/** Elements of `selector` in the table that do not say `text`: none, once the list has settled. */
const rowsWithout = (page: Page, selector: string, text: string) =>
  page.locator(`.claims-table tbody ${selector}`).filter({ hasNotText: text }).count();
const statements = (page: Page) => page.locator('.claims-table tbody .claim-link').allInnerTexts();

async function statementsFor(filter: Record<string, unknown>): Promise<string[]> {
  const response = await live.app.graphql<{ claims: { edges: { node: { statement: string } }[] } }>(
    'query ($filter: ClaimFilter) { claims(first: 200, filter: $filter) { edges { node { statement } } } }',
    { filter },
  );
  return response.data!.claims.edges.map((e) => e.node.statement);
}

describe('the claims list', () => {
  it('lists every claim with consensus, counts and best grade, 25 at a time with "Load more"', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL('claims', live.app.url).toString());
    await expectRows(page, 25);
    await expect.poll(() => rows(page).first().innerText(), SETTLE).toMatch(/Supported|Contested|Contradicted|Unclear/);
    await page.getByText('67 claims in the base').waitFor();
    await page.getByRole('button', { name: 'Load more claims' }).click();
    await expectRows(page, 50);
    // The first new row takes the focus, so a keyboard user carries on from there.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('claim-link')), SETTLE)
      .toBe(true);
    await page.getByRole('button', { name: 'Load more claims' }).click();
    await expectRows(page, 67);
    await expect.poll(() => page.getByRole('button', { name: 'Load more claims' }).count(), SETTLE).toBe(0);
    await expect.poll(() => statements(page).then((s) => new Set(s).size), SETTLE).toBe(67);
    await screenshot(page, 'claims-page');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'claims-page-top', { fullPage: false });
    expect(problems).toEqual([]);
  });

  it('/claims?status=CONTESTED lists exactly the contested claims, each marked Contested', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL('claims?status=CONTESTED', live.app.url).toString());
    const expected = await statementsFor({ status: 'CONTESTED' });
    expect(expected.length).toBe(3);
    await expectRows(page, expected.length);
    await expect.poll(() => statements(page).then((s) => s.sort()), SETTLE).toEqual([...expected].sort());
    await expect.poll(() => rowsWithout(page, '.badge', 'Contested'), SETTLE).toBe(0);
    await expect.poll(() => page.getByLabel('Consensus').inputValue(), SETTLE).toBe('CONTESTED');
    await screenshot(page, 'claims-page-contested');
    expect(problems).toEqual([]);
  });

  it('keeps filters and order in the URL, so back and forward restore the list', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL('claims', live.app.url).toString());
    await expectRows(page, 25);

    await page.getByLabel('Best supporting grade').selectOption('CLINICAL');
    await page.waitForURL(/grade=CLINICAL/);
    const clinical = await statementsFor({ bestGrade: 'CLINICAL' });
    await expectRows(page, clinical.length);

    await page.getByLabel('Grade conflict').selectOption('true');
    await page.waitForURL(/grade=CLINICAL&conflict=true/);
    const both = await statementsFor({ bestGrade: 'CLINICAL', gradeConflict: true });
    await expect.poll(async () => (await statements(page)).sort().join('|'), SETTLE).toBe([...both].sort().join('|'));
    await expect.poll(() => rowsWithout(page, '.grade', 'Clinical'), SETTLE).toBe(0);

    await page.getByLabel('Order').selectOption('MOST_SOURCES');
    await page.waitForURL(/sort=MOST_SOURCES/);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('sort='));
    await page.goBack();
    await page.waitForURL((url) => url.search === '?grade=CLINICAL');
    await expectRows(page, clinical.length);
    await expect.poll(() => page.getByLabel('Grade conflict').inputValue(), SETTLE).toBe('');
    await page.goForward();
    await expectRows(page, both.length);

    await page.getByLabel('Topic').selectOption('hair');
    await page.waitForURL(/topic=hair/);
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => url.pathname === '/claims' && url.search === '');
    await expectRows(page, 25);
    expect(problems).toEqual([]);
  });

  it('searches by words and shows the best matches first, with how many there are', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL('claims', live.app.url).toString());
    await page.getByLabel('Words in the claim or its quotes').fill('standardizing');
    await page.getByRole('search', { name: 'Filter claims' }).getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/text=standardizing/);
    await expect.poll(() => page.getByLabel('Order').inputValue(), SETTLE).toBe('RELEVANCE');
    const expected = await statementsFor({ text: 'standardizing' });
    await expectRows(page, expected.length);
    await expect.poll(() => statements(page), SETTLE).toEqual(expected);
    await page
      .getByText(`${expected.length} ${expected.length === 1 ? 'claim matches' : 'claims match'} these filters`)
      .waitFor();
    expect(problems).toEqual([]);
  });

  it('says so plainly when nothing matches, and stays readable at 1024 px', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(new URL('claims?text=zebrafish+unicorn', live.app.url).toString());
    await page.getByText('No claim matches these filters').waitFor();
    await page.goto(new URL('claims', live.app.url).toString());
    await expectRows(page, 25);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), SETTLE)
      .toBeLessThanOrEqual(1024);
    await screenshot(page, 'claims-page-1024', { fullPage: false });
    expect(problems).toEqual([]);
  });
});
