import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTLE, launchBrowser, screenshot, watchedPage } from '../support/browser.js';
import { fixtureCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;

beforeAll(async () => {
  await (await freshDatabase()).close();
  app = await startTestApp(fixtureCorpus('corpus-small'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('GraphiQL at /graphql in a browser', () => {
  it('opens with no network beyond this server, and runs a query', async () => {
    const { page, problems } = await watchedPage(browser);
    const outside: string[] = [];
    page.on('request', (request) => {
      if (
        !request.url().startsWith(app.url) &&
        !request.url().startsWith('data:') &&
        !request.url().startsWith('blob:')
      )
        outside.push(request.url());
    });
    await page.goto(new URL('graphql', app.url).toString());
    await page.locator('.graphiql-container').first().waitFor({ timeout: 20_000 });
    await page.locator('.graphiql-execute-button').first().click();
    await expect.poll(() => page.locator('.result-window').first().innerText(), SETTLE).toContain('consensus');
    await screenshot(page, 'graphiql');
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
