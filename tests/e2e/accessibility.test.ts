import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchedPage } from '../support/browser.js';
import { realCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;

beforeAll(async () => {
  await (await freshDatabase()).close();
  app = await startTestApp(realCorpus);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const PAGES: [string, string][] = [
  ['home', '/'],
  ['claims list', '/claims'],
  ['contested claims', '/claims?status=CONTESTED'],
  ['claim page', '/claims/exosome-products-are-standardized'],
  ['matrix', '/matrix'],
  ['sources', '/sources'],
  ['source page', '/sources/clinic-article-exosome-caution-dr-sang'],
  ['compare', '/compare?a=expert-review-exosomes-aesthetic-medicine&b=clinic-article-exosome-caution-dr-sang'],
  ['graph', '/graph'],
];

describe('no serious or critical accessibility violations (axe-core)', () => {
  it.each(PAGES)('%s (%s)', async (_name, path) => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(new URL(path, app.url).toString());
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: () => Promise<{ violations: Violation[] }> } }).axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
