import { describe, expect, it } from 'vitest';
import { SETTLE, screenshot, watchedPage } from '../support/browser.js';
import { fixtureCorpus } from '../support/test-app.js';
import { appInBrowser } from '../support/app-in-browser.js';

const live = appInBrowser(fixtureCorpus('corpus-small'));

describe('GraphiQL at /graphql in a browser', () => {
  it('opens with no network beyond this server, and runs a query', async () => {
    const { page, problems } = await watchedPage(live.browser);
    const outside: string[] = [];
    page.on('request', (request) => {
      if (
        !request.url().startsWith(live.app.url) &&
        !request.url().startsWith('data:') &&
        !request.url().startsWith('blob:')
      )
        outside.push(request.url());
    });
    await page.goto(new URL('graphql', live.app.url).toString());
    await page.locator('.graphiql-container').first().waitFor({ timeout: 20_000 });
    await page.locator('.graphiql-execute-button').first().click();
    await expect.poll(() => page.locator('.result-window').first().innerText(), SETTLE).toContain('consensus');
    await screenshot(page, 'graphiql');
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
