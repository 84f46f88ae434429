import { describe, expect, it } from 'vitest';
import { SETTLE, screenshot, watchedPage } from '../support/browser.js';
import { realCorpus } from '../support/test-app.js';
import { appInBrowser } from '../support/app-in-browser.js';

const live = appInBrowser(realCorpus);

const claimUrl = (slug: string, hash = '') => new URL(`claims/${slug}${hash}`, live.app.url).toString();

describe('the claim page', () => {
  it('shows a contested claim: the consensus in a sentence, Supports and Contradicts groups, graded quotes in context', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(claimUrl('exosome-products-are-standardized'));
    await page.getByRole('heading', { level: 1, name: /Exosome products are standardized/ }).waitFor();
    await expect
      .poll(() => page.locator('.consensus-sentence').innerText(), SETTLE)
      .toBe(
        'Contested: 1 source supports, 2 contradict; the strongest support is anecdotal (testimony, opinion or no basis given).',
      );
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).allInnerTexts(), SETTLE)
      .toEqual(expect.arrayContaining([expect.stringContaining('Supports'), expect.stringContaining('Contradicts')]));

    const assertions = page.locator('article.assertion');
    await expect.poll(() => assertions.count(), SETTLE).toBe(5);
    await expect
      .poll(() => assertions.evaluateAll((els) => els.map((el) => el.id)), SETTLE)
      .toSatisfy((ids: string[]) => ids.every((id) => /^assertion-.+--exosome-products-are-standardized/.test(id)));
    const first = assertions.first();
    await expect.poll(() => first.locator('.quote-exact').innerText(), SETTLE).not.toBe('');
    await expect.poll(() => first.locator('.marks').innerText(), SETTLE).toContain('Uncited');
    await expect.poll(() => first.locator('.source-title').innerText(), SETTLE).not.toBe('');
    await expect.poll(() => first.locator('.jama summary').innerText(), SETTLE).toMatch(/JAMA benchmarks: \d of 4 met/);
    await expect.poll(() => page.locator('.flag-commercial').count(), SETTLE).toBeGreaterThan(0);
    // Dr. Sang is quoted by name on one of the contradicting passages.
    await expect
      .poll(() => page.locator('.attribution').allInnerTexts(), SETTLE)
      .toContain('Quoted: Dr. Vo Thanh Sang');

    // The conflicting claim is a link to its own page.
    const conflict = page.getByRole('region', { name: 'Conflicts with' }).getByRole('link').first();
    await expect
      .poll(() => conflict.getAttribute('href'), SETTLE)
      .toBe('/claims/exosome-outcomes-depend-on-product-and-delivery');
    await screenshot(page, 'claim-page');
    expect(problems).toEqual([]);
  });

  it('cites an assertion in AMA (with its evidence grade) and in BibTeX, and copies without an error', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(claimUrl('exosome-products-are-standardized'));
    const first = page.locator('article.assertion').first();
    await first.waitFor();
    await first.locator('summary', { hasText: 'Cite' }).click();
    const text = first.getByLabel('Citation text');
    await expect.poll(() => text.inputValue(), SETTLE).toContain('Evidence grade');
    await expect.poll(() => text.getAttribute('readonly'), SETTLE).not.toBeNull();
    await first.getByLabel('Citation format').selectOption('BIBTEX');
    await expect.poll(() => text.inputValue(), SETTLE).toMatch(/^@\w+\{/);
    await first.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => first.locator('.cite .copy-status').innerText(), SETTLE).toMatch(/Copied|not available/);
    await first.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => first.locator('.assertion-actions > .copy .copy-status').innerText(), SETTLE)
      .toMatch(/Copied|not available/);
    await screenshot(page, 'claim-page-cite');
    expect(problems).toEqual([]);
  });

  it('opens an assertion permalink at the assertion itself', async () => {
    const response = await live.app.graphql<{ claim: { assertions: { permalink: string; stance: string }[] } }>(
      '{ claim(id: "exosome-products-are-standardized") { assertions { permalink stance } } }',
    );
    const supporting = response.data!.claim.assertions.find((a) => a.stance === 'SUPPORTS')!;
    const hash = new URL(supporting.permalink).hash;
    expect(hash).toMatch(/^#assertion-/);
    const { page, problems } = await watchedPage(live.browser);
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(claimUrl('exosome-products-are-standardized', hash));
    const target = page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`);
    await target.waitFor();
    await expect.poll(() => target.getAttribute('class'), SETTLE).toContain('is-target');
    await expect
      .poll(() => target.evaluate((el) => Math.round(el.getBoundingClientRect().top)), SETTLE)
      .toBeLessThan(100);
    await expect.poll(() => target.locator('.assertion-title').innerText(), SETTLE).toContain('Anecdotal');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), SETTLE)
      .toBeLessThanOrEqual(1024);
    await screenshot(page, 'claim-page-permalink', { fullPage: false });
    expect(problems).toEqual([]);
  });

  it('marks promotional cues inside the quote and the overreach they bring', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(claimUrl('exosome-therapy-is-a-breakthrough'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    const cue = page.locator('.quote-exact .cue').first();
    await cue.waitFor();
    await expect.poll(() => cue.innerText().then((t) => t.toLowerCase()), SETTLE).toContain('breakthrough');
    await expect.poll(() => page.locator('.cue-list').first().innerText(), SETTLE).toContain('superlative');
    await expect.poll(() => page.locator('.mark-overreach').count(), SETTLE).toBeGreaterThan(0);
    await screenshot(page, 'claim-page-promotional-cues');
    expect(problems).toEqual([]);
  });

  it('says plainly when there is no such claim', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(claimUrl('exosomes-cure-everything'));
    await page.getByRole('heading', { name: 'No such claim' }).waitFor();
    await expect
      .poll(() => page.getByRole('link', { name: 'Browse all claims' }).getAttribute('href'), SETTLE)
      .toBe('/claims');
    expect(problems).toEqual([]);
  });
});
