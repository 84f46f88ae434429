import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { PHONE, SETTLE, watchedPage } from '../support/browser.js';
import { realCorpus } from '../support/test-app.js';
import { appInBrowser } from '../support/app-in-browser.js';

// Evaluated through the browser's DevTools protocol: a <script> tag of it would break the page's CSP.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const CURATOR_TOKEN = 'axe-token-0123456789';

const live = appInBrowser(realCorpus, { CLAIMGRAPH_CURATOR_TOKENS: `axe:${CURATOR_TOKEN}` });

// Proposals for the review page to show.
beforeAll(async () => {
  const ingested = await live.app.graphql<{ ingestSource: { source: { slug: string } | null } }>(
    'mutation ($input: IngestSourceInput!) { ingestSource(input: $input) { source { slug } } }',
    {
      input: {
        title: 'Accessibility review document',
        kind: 'clinic_page',
        text: 'A randomized trial in 30 patients found that exosome serum reduced redness after laser treatment. In cultured fibroblasts, exosomes increased collagen production.',
      },
    },
    { authorization: `Bearer ${CURATOR_TOKEN}` },
  );
  expect(ingested.data?.ingestSource.source?.slug).toBe('accessibility-review-document');
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Name, path, whether a curator is signed in (the token in the tab's sessionStorage, as the
 * sign-in leaves it), and whether the page is seen on a phone, with its menu and disclosures open.
 */
const PAGES: [string, string, { curator?: boolean; phone?: boolean; open?: string[] }?][] = [
  ['home', '/'],
  ['claims list', '/claims'],
  ['contested claims', '/claims?status=CONTESTED'],
  ['claim page', '/claims/exosome-products-are-standardized'],
  ['matrix', '/matrix'],
  ['sources', '/sources'],
  ['source page', '/sources/clinic-article-exosome-caution-dr-sang'],
  ['compare', '/compare?a=expert-review-exosomes-aesthetic-medicine&b=clinic-article-exosome-caution-dr-sang'],
  ['graph', '/graph'],
  ['graph as a list', '/graph', { open: ['The graph as a list'] }],
  [
    'claim page with its history open',
    '/claims/exosome-products-are-standardized',
    { open: ['History of this claim'] },
  ],
  ['home on a phone, menu open', '/', { phone: true, open: ['Menu'] }],
  ['graph on a phone', '/graph', { phone: true }],
  ['review queue, signed out', '/review'],
  ['review queue, curator', '/review', { curator: true }],
  ['review of a source, curator', '/review/accessibility-review-document', { curator: true }],
];

describe('no serious or critical accessibility violations (axe-core)', () => {
  it.each(PAGES)('%s (%s)', async (_name, path, options) => {
    const { page, problems } = await watchedPage(live.browser);
    if (options?.phone) await page.setViewportSize(PHONE);
    if (options?.curator)
      await page.addInitScript((token) => sessionStorage.setItem('claimgraph.curatorToken', token), CURATOR_TOKEN);
    await page.goto(new URL(path, live.app.url).toString());
    await page.locator('main h1').first().waitFor();
    if (options?.curator) await page.getByRole('button', { name: 'Sign out' }).waitFor();
    for (const name of options?.open ?? []) {
      const opener = page.getByRole('button', { name }).or(page.locator('summary', { hasText: name }));
      await opener.click();
    }
    await page.waitForLoadState('networkidle');
    await page.evaluate(axeSource);
    const seriousViolations = async () =>
      (
        await page.evaluate(async () => {
          const result = await (
            window as unknown as { axe: { run: () => Promise<{ violations: Violation[] }> } }
          ).axe.run();
          return result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
          }));
        })
      ).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    // Polled like every read of the page: a render still under way is not what a reader meets.
    await expect.poll(seriousViolations, SETTLE).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
