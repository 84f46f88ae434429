import { describe, expect, it } from 'vitest';
import { SETTLE, screenshot, watchedPage } from '../support/browser.js';
import { realCorpus } from '../support/test-app.js';
import { appInBrowser } from '../support/app-in-browser.js';

const CLAIM = 'exosome-therapy-regrows-hair';
const CURATOR = { authorization: 'Bearer mei-token-0123456789' };

const live = appInBrowser(realCorpus, { CLAIMGRAPH_CURATOR_TOKENS: 'Mei Tanaka:mei-token-0123456789' });

describe('a medical writer follows a claim and shows its state in an article', () => {
  it('finds the claim’s Atom feed (announced to the browser) and its badge with the HTML to paste', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL(`claims/${CLAIM}`, live.app.url).toString());
    await page.getByRole('heading', { level: 1 }).waitFor();
    const feedUrl = new URL(`/feeds/claims/${CLAIM}.atom`, live.app.url).toString();
    const announced = () =>
      page.evaluate(() =>
        [...document.head.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((l) =>
          l.getAttribute('href'),
        ),
      );
    await expect.poll(announced, SETTLE).toEqual([feedUrl]);
    const feedLink = page.getByRole('link', { name: /Atom feed of this claim’s changes/ });
    await expect.poll(() => feedLink.getAttribute('href'), SETTLE).toBe(feedUrl);
    const feed = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
    }, feedUrl);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^application\/atom\+xml/);
    expect(feed.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');

    const snippet = page.getByLabel('HTML to embed this claim’s badge, linking back here');
    await expect
      .poll(() => snippet.inputValue(), SETTLE)
      .toMatch(
        new RegExp(
          `^<a href="${new URL(`/claims/${CLAIM}`, live.app.url)}"><img src="[^"]+/badges/claims/${CLAIM}\\.svg" alt="claimgraph: supported; best grade: anecdotal — `,
        ),
      );
    // The badge the snippet shows is drawn on the page: an image the browser could load.
    const badge = page.locator('.badge-embed img');
    await expect
      .poll(() => badge.evaluate((img) => (img as HTMLImageElement).naturalWidth), SETTLE)
      .toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Copy the badge HTML' }).click();
    await expect
      .poll(() => page.locator('.badge-embed [role="status"]').innerText(), SETTLE)
      .toMatch(/Copied|select and copy/);
    await page.locator('.claim-syndication').scrollIntoViewIfNeeded();
    await screenshot(page, 'claim-page-follow-and-embed', { fullPage: false, readme: true });
    expect(problems).toEqual([]);
  });

  it('shows every reader, signed out, how the claim and its passages changed: when, who, why, before → after', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL(`claims/${CLAIM}`, live.app.url).toString());
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('summary', { hasText: 'History of this claim' }).click();
    await page.getByText('No change recorded since the claim came into the base.').waitFor();
    // The browser now holds the page's badge (kept five minutes) and the snippet to paste.
    const badge = page.locator('.badge-embed img');
    await expect
      .poll(() => badge.evaluate((img) => (img as HTMLImageElement).naturalWidth), SETTLE)
      .toBeGreaterThan(100);
    const badgeBefore = await badge.getAttribute('src');
    const snippet = page.getByLabel('HTML to embed this claim’s badge, linking back here');
    const embeddedBadge = async () => /<img src="([^"]+)"/.exec(await snippet.inputValue())?.[1];
    const embeddedBefore = await embeddedBadge();
    expect(embeddedBefore).toBe(new URL(`/badges/claims/${CLAIM}.svg`, live.app.url).toString());

    // A curator regrades the passage elsewhere: the claim's best grade changes with it.
    const { data } = await live.app.graphql<{
      claim: { assertions: { id: string; version: number; permalink: string }[] };
    }>(`{ claim(id: "${CLAIM}") { assertions { id version permalink } } }`);
    const passage = data!.claim.assertions[0]!;
    const { errors } = await live.app.graphql(
      `mutation ($input: UpdateAssertionInput!) { updateAssertion(input: $input) { ok } }`,
      {
        input: {
          id: passage.id,
          expectedVersion: passage.version,
          grade: 'CLINICAL',
          basis: 'observational',
          reason: 'the passage reports patients followed in the clinic',
        },
      },
      CURATOR,
    );
    expect(errors).toBeUndefined();

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The page draws the new grade at once, not the badge the browser cached; the address a writer
    // pasted into an article stays the same (that badge follows within its cache time).
    await expect.poll(() => badge.getAttribute('src'), SETTLE).not.toBe(badgeBefore);
    const drawnBadge = () =>
      badge.evaluate(async (img) => {
        const response = await fetch((img as HTMLImageElement).src, { cache: 'force-cache' });
        return /aria-label="([^"]+)"/.exec(await response.text())?.[1];
      });
    await expect.poll(drawnBadge, SETTLE).toBe('claimgraph: supported; best grade: clinical');
    await expect.poll(embeddedBadge, SETTLE).toBe(embeddedBefore);
    await page.locator('summary', { hasText: 'History of this claim' }).click();
    const entries = page.locator('.claim-history .history-list > li.revision');
    await expect.poll(() => entries.count(), SETTLE).toBe(2);
    await expect
      .poll(() => entries.nth(0).innerText(), SETTLE)
      .toMatch(
        /Consensus changed from supported \(best supporting grade anecdotal\) to supported \(best supporting grade clinical\)\s+by Mei Tanaka: “the passage reports patients followed in the clinic”/,
      );
    await expect
      .poll(() => entries.nth(1).innerText(), SETTLE)
      .toMatch(/Passage from “.+” changed: grade anecdotal → clinical/);
    await expect
      .poll(() => entries.nth(1).locator('.revision-changes').innerText(), SETTLE)
      .toMatch(/basis\s+.+ → observational/);
    await expect
      .poll(() => entries.nth(0).locator('time').getAttribute('datetime'), SETTLE)
      .toMatch(/^\d{4}-\d\d-\d\dT/);

    // The passage's own history, signed out, on its card.
    const card = page.locator(`[id="${decodeURIComponent(passage.permalink.split('#')[1]!)}"]`);
    await card.locator('summary', { hasText: 'History' }).click();
    await expect.poll(() => card.locator('.history-list li').first().innerText(), SETTLE).toContain('by Mei Tanaka');
    await expect.poll(() => page.getByRole('button', { name: 'Edit' }).count(), SETTLE).toBe(0);
    await page.locator('.claim-history').scrollIntoViewIfNeeded();
    await screenshot(page, 'claim-page-history', { fullPage: false, readme: true });
    expect(problems).toEqual([]);
  });
});
