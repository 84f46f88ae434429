import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, SETTLE, screenshot, watchedPage } from '../support/browser.js';
import { realCorpus } from '../support/test-app.js';
import { appInBrowser } from '../support/app-in-browser.js';

const live = appInBrowser(realCorpus);

const PAGES = [
  '/',
  '/claims',
  '/claims/exosome-products-are-standardized',
  '/matrix',
  '/sources',
  '/sources/clinic-article-exosome-caution-dr-sang',
  '/compare?a=expert-review-exosomes-aesthetic-medicine&b=clinic-article-exosome-caution-dr-sang',
  '/graph',
  '/review',
  // A dead link: the reader who lands there can search from it too.
  '/no-such-page',
];

const searchbox = (page: Page) => page.getByRole('banner').getByRole('searchbox', { name: 'Search claims and quotes' });

/** Tabs from the top of the page until the header's search box has the focus; how many presses it took. */
async function tabToSearch(page: Page): Promise<number> {
  for (let presses = 1; presses <= 6; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    if (focused === 'Search claims and quotes') return presses;
  }
  throw new Error('the header search box is not reached by the keyboard');
}

describe('a reader searches the claims from the header of every page', () => {
  it.each(PAGES)('from %s: keyboard to the search box, words, Enter, the claims list with them', async (path) => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL(path, live.app.url).toString());
    await page.locator('main h1').first().waitFor();
    // Skip link, brand, search: the third stop.
    expect(await tabToSearch(page)).toBe(3);
    await page.keyboard.type('collagen');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/claims' && url.searchParams.get('text') === 'collagen');
    await page
      .getByRole('link', { name: /collagen/i })
      .first()
      .waitFor();
    await expect.poll(() => page.getByLabel('Words in the claim or its quotes').inputValue(), SETTLE).toBe('collagen');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('on a phone the header folds into a menu and keeps the search', () => {
  it('takes a strip of the screen, opens its menu from a disclosure button, closes it by Escape and on the way', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.setViewportSize(PHONE);
    await page.goto(live.app.url);
    await page.locator('main h1').waitFor();
    const header = page.getByRole('banner');
    const menu = header.getByRole('button', { name: 'Menu' });
    await expect.poll(async () => (await header.boundingBox())!.height, SETTLE).toBeLessThan(120);
    await expect.poll(() => menu.getAttribute('aria-expanded'), SETTLE).toBe('false');
    await expect.poll(() => header.getByRole('link', { name: 'Matrix' }).isVisible(), SETTLE).toBe(false);
    await expect.poll(() => searchbox(page).isVisible(), SETTLE).toBe(true);
    await screenshot(page, 'header-phone', { fullPage: false });

    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.getAttribute('aria-expanded'), SETTLE).toBe('true');
    const controlled = await menu.getAttribute('aria-controls');
    await expect.poll(() => page.locator(`[id="${controlled}"]`).isVisible(), SETTLE).toBe(true);
    await expect
      .poll(() => header.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts(), SETTLE)
      .toEqual(['Claims', 'Matrix', 'Compare', 'Graph', 'Sources', 'Review']);
    await expect.poll(() => header.getByRole('button', { name: 'Sign in as curator' }).isVisible(), SETTLE).toBe(true);
    await screenshot(page, 'header-phone-menu-open', { fullPage: false, readme: true });

    // Escape from within the menu closes it and hands the focus back to its button.
    await header.getByRole('link', { name: 'Claims' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.getAttribute('aria-expanded'), SETTLE).toBe('false');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('menu-button')), SETTLE)
      .toBe(true);
    await expect.poll(() => header.getByRole('link', { name: 'Matrix' }).isVisible(), SETTLE).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.getAttribute('aria-expanded'), SETTLE).toBe('true');

    await header.getByRole('link', { name: 'Matrix' }).click();
    await page.waitForURL(/\/matrix$/);
    await expect.poll(() => menu.getAttribute('aria-expanded'), SETTLE).toBe('false');
    await searchbox(page).fill('hair');
    await searchbox(page).press('Enter');
    await page.waitForURL(/\/claims\?text=hair$/);
    expect(problems).toEqual([]);
  });
});
