import { describe, expect, it } from 'vitest';
import { SETTLE, readWhen, screenshot, watchedPage } from '../support/browser.js';
import { realCorpus } from '../support/test-app.js';
import { appInBrowser } from '../support/app-in-browser.js';

const live = appInBrowser(realCorpus);

const SLUG = 'clinic-article-exosome-caution-dr-sang';
const TITLE = 'Exosome therapy in skin regeneration: understanding it correctly and proceeding with caution';

describe('a reader opens a source from the sources page', () => {
  it('shows the commercial-interest banner, the text verbatim and every assertion highlighted where it stands', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL('sources', live.app.url).toString());
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect.poll(() => new URL(page.url()).pathname, SETTLE).toBe(`/sources/${SLUG}`);

    const banner = page.getByRole('complementary', { name: 'Commercial interest' });
    await expect.poll(() => banner.innerText(), SETTLE).toContain('please book an in-person consultation');
    await expect.poll(() => page.locator('.jama').first().innerText(), SETTLE).toMatch(/JAMA benchmarks/);

    const text = page.locator('.source-text');
    await expect.poll(() => text.evaluate((el) => getComputedStyle(el).whiteSpace), SETTLE).toBe('pre-wrap');
    const { text: sourceText } = (
      await live.app.graphql<{ source: { text: string } }>(`{ source(id: "${SLUG}") { text } }`)
    ).data!.source;
    await expect.poll(() => text.evaluate((el) => el.textContent), SETTLE).toBe(sourceText);

    // Overlapping passages share pieces of text, so count the assertions the highlights carry.
    const highlights = text.locator('a.hl');
    const highlightedAssertions = () =>
      highlights.evaluateAll(
        (els) => new Set(els.flatMap((el) => (el.getAttribute('data-assertions') ?? '').split(' '))).size,
      );
    await expect.poll(highlightedAssertions, SETTLE).toBeGreaterThanOrEqual(40);
    // Stance is carried by an icon and words as well as colour.
    await expect.poll(() => text.locator('a.hl-start').first().getAttribute('data-icon'), SETTLE).toMatch(/^[✓✗~]$/);
    await expect
      .poll(() => highlights.first().getAttribute('aria-label'), SETTLE)
      .toMatch(/(Supports|Contradicts|Qualifies) \(/);
    await screenshot(page, 'source-page');

    const first = highlights.first();
    const href = (await readWhen(
      () => first.getAttribute('href'),
      (h) => /^\/claims\/[^#]+#assertion-/.test(h ?? ''),
      'a highlight links to its assertion on the claim page',
    ))!;
    await first.click();
    const target = page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`);
    await target.waitFor();
    await expect.poll(() => target.getAttribute('class'), SETTLE).toContain('is-target');
    await expect.poll(() => new URL(page.url()).pathname, SETTLE).toBe(href.split('#')[0]);
    expect(problems).toEqual([]);
  });

  it('is readable at 1024 px', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(new URL(`sources/${SLUG}`, live.app.url).toString());
    await page.locator('.source-text a.hl').first().waitFor();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), SETTLE)
      .toBeLessThanOrEqual(1024);
    await screenshot(page, 'source-page-1024', { fullPage: false });
    expect(problems).toEqual([]);
  });

  it('says plainly when there is no such source', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL('sources/no-such-source', live.app.url).toString());
    await page.getByRole('heading', { name: 'No such source' }).waitFor();
    expect(problems).toEqual([]);
  });
});
