import { describe, expect, it } from 'vitest';
import { SETTLE, screenshot, watchedPage } from '../support/browser.js';
import { realCorpus } from '../support/test-app.js';
import { appInBrowser } from '../support/app-in-browser.js';

const live = appInBrowser(realCorpus);

describe('a dermatologist opens the home page', () => {
  it('sees what the base holds, the most contested claims and those the most sources address', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(live.app.url);
    await page.getByRole('heading', { name: 'What the base holds' }).waitFor();
    const stats = page.locator('.stats');
    await expect.poll(() => stats.innerText(), SETTLE).toMatch(/67\s+claims/);
    await expect.poll(() => stats.innerText(), SETTLE).toMatch(/4\s+sources/);
    await expect.poll(() => stats.innerText(), SETTLE).toMatch(/3\s+\S*\s*contested/);

    const contested = page.getByRole('region', { name: 'Most contested' }).locator('.claim-summary');
    await expect.poll(() => contested.count(), SETTLE).toBe(5);
    await expect.poll(() => contested.first().innerText(), SETTLE).toContain('Contested');

    // Featured by a rule, not by name: the four claims the most sources address, as the claims list orders them.
    const addressed = page.getByRole('region', { name: 'Most widely addressed' });
    const addressedLinks = () =>
      addressed.locator('a.claim-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const { data } = await live.app.graphql<{ claims: { edges: { node: { slug: string } }[] } }>(
      '{ claims(orderBy: MOST_SOURCES, first: 4) { edges { node { slug } } } }',
    );
    const mostSources = data!.claims.edges.map((e) => `/claims/${e.node.slug}`);
    expect(mostSources[0]).toBe('/claims/exosome-therapy-is-an-adjunct-not-a-replacement');
    await expect.poll(addressedLinks, SETTLE).toEqual(mostSources);
    await screenshot(page, 'home-page', { readme: true });
    expect(problems).toEqual([]);
  });

  it('searches "hair regrowth", finds "regrows hair" and sees its consensus and grade', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(live.app.url);
    await page.getByLabel('Search the claims and the quotes behind them').fill('hair regrowth');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/claims\?text=hair\+regrowth$/);
    await page.getByRole('heading', { name: 'Claims', exact: true }).waitFor();
    // The filter form shows the words searched for, so the list can be refined.
    await expect
      .poll(() => page.getByLabel('Words in the claim or its quotes').inputValue(), SETTLE)
      .toBe('hair regrowth');

    const claim = page.getByRole('link', { name: 'Exosome therapy promotes hair regrowth in people with hair loss' });
    await claim.waitFor();
    await claim.click();
    await page.waitForURL(/\/claims\/exosome-therapy-regrows-hair$/);
    await page
      .getByRole('heading', { level: 1, name: 'Exosome therapy promotes hair regrowth in people with hair loss' })
      .waitFor();
    const consensus = page.locator('.consensus-box');
    await expect.poll(() => consensus.innerText(), SETTLE).toContain('Supported');
    await expect
      .poll(() => consensus.innerText(), SETTLE)
      .toContain('1 source supports; the strongest support is anecdotal');
    await expect.poll(() => page.locator('.assertion .grade').first().innerText(), SETTLE).toContain('Anecdotal');
    await screenshot(page, 'claim-page-hair-regrowth');

    // Back returns to the search results, forward to the claim.
    await page.goBack();
    await page.waitForURL(/\/claims\?text=hair\+regrowth$/);
    await claim.waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: /hair regrowth/ }).waitFor();
    expect(problems).toEqual([]);
  });

  it('is reachable by keyboard: skip link, nav and search', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(live.app.url);
    await page.getByRole('heading', { name: 'What the base holds' }).waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), SETTLE).toBe('Skip to content');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect
      .poll(() => nav.getByRole('link').allInnerTexts(), SETTLE)
      .toEqual(['Claims', 'Matrix', 'Compare', 'Graph', 'Sources', 'Review']);
    await nav.getByRole('link', { name: 'Matrix' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/matrix$/);
    // The router marks the current link after the URL changes: wait for it rather than read it once.
    await expect
      .poll(() => nav.getByRole('link', { name: 'Matrix' }).getAttribute('aria-current'), SETTLE)
      .toBe('page');
    expect(problems).toEqual([]);
  });
});
