import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTLE, screenshot, watchedPage } from '../support/browser.js';
import { realCorpus } from '../support/test-app.js';
import { appInBrowser } from '../support/app-in-browser.js';

const live = appInBrowser(realCorpus);

describe('a new user opens the sources page in Chromium', () => {
  it('lists the four seed documents, flags the ones that sell what they discuss, and logs no error', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL('sources', live.app.url).toString());
    await page.getByRole('heading', { name: 'Sources' }).waitFor();
    const items = page.locator('.source-list li');
    await expect.poll(() => items.count(), SETTLE).toBe(4);
    await expect
      .poll(() => page.locator('.source-title').allTextContents(), SETTLE)
      .toContain('Exosome Therapy Is Dermatologists’ New Favorite Skin-Rejuvenation Treatment');
    await expect.poll(() => page.locator('.flag-commercial').count(), SETTLE).toBeGreaterThanOrEqual(1);
    const file = await screenshot(page, 'sources-page');
    expect(existsSync(file)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('serves the app for a deep link, so a reload of any route works', async () => {
    const { page, problems } = await watchedPage(live.browser);
    const response = await page.goto(new URL('sources?reload=1', live.app.url).toString());
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Sources' }).waitFor();
    expect(problems).toEqual([]);
  });
});
