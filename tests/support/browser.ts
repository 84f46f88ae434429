import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from '../../server/src/config.js';

/**
 * How long an end-to-end check waits for the page to reach the state it expects: a first render,
 * a re-render after a click or a navigation, can take seconds on a loaded 2-core machine. Every
 * read of the page is polled (`expect.poll(() => read, SETTLE)`) or waited for, never taken once.
 */
export const SETTLE = { timeout: 15_000 };

export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A page that fails the test on any console error, uncaught exception or Content-Security-Policy
 * violation (the app serves its CSP to the tests as to users, so every e2e page checks it).
 */
export async function watchedPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction('reportPolicyViolation', (violation: string) =>
    problems.push(`CSP violation: ${violation}`),
  );
  // Runs in every document and frame before the page's own scripts (Playwright injects it past the CSP).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (violation: string) => void })
        .reportPolicyViolation;
      void report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return { page, problems };
}

/** The whole page, or with `fullPage: false` what a reader sees without scrolling (as on a projector). */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
