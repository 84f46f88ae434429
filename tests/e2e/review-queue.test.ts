import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SETTLE, readWhen, screenshot, watchedPage } from '../support/browser.js';
import { realCorpus } from '../support/test-app.js';
import { pdfBytesOf, TRIAL_REPORT } from '../support/pdf-documents.js';
import { appInBrowser } from '../support/app-in-browser.js';

const live = appInBrowser(realCorpus, { CLAIMGRAPH_CURATOR_TOKENS: 'rosa:rosa-token-0123456789' });

const TOKEN = 'rosa-token-0123456789';

// A short clinic newsletter: a human trial, a cell-culture finding, a practice observation and a promotional promise.
const TITLE = 'Newsletter: exosome serum after fractional laser';
const TRIAL =
  'A randomized, double-blind, split-face trial in 40 patients found that exosome serum reduced redness after fractional laser treatment.';
const CELLS = 'In cultured human fibroblasts, exosomes increased collagen production.';
const OBSERVED = 'Patients at our clinic noticed smoother skin within a week.';
const PROMISE = 'Our clinic promises guaranteed results with no possibility of side effects, or a full cash refund.';
const NEWSLETTER = [TRIAL, CELLS, OBSERVED, PROMISE].join(' ');

const HTML_PAGE = `<!doctype html>
<html><head><title>Exosome notes</title><style>p { color: red; }</style></head>
<body><h1>Exosome notes</h1>
<p>In a <strong>randomized</strong> controlled trial of 30 <em>patients</em>, exosome gel shortened healing time after microneedling.</p>
<p>Mice treated with exosomes grew hair faster in the laboratory.</p>
<script>window.tracked = true;</script>
</body></html>`;

const page = { current: null as unknown as Page, problems: [] as string[] };
const at = (path: string) => new URL(path.replace(/^\//, ''), live.app.url).toString();
const card = (text: string): Locator => page.current.locator('article.proposal', { hasText: text });
const statusLine = () => page.current.locator('.review-status');

/** "3 proposals wait" in the queue's row for the source titled `title`, as a number (0 when the row is gone). */
async function pendingInQueue(title: string): Promise<number> {
  const row = page.current.locator('.queue-list li', { hasText: title });
  if ((await row.count()) === 0) return 0;
  return Number(/(\d+)/.exec(await row.locator('.queue-count').innerText())![1]);
}

describe('a new curator reviews the grading assistant’s proposals', () => {
  let reviewPath = '';
  let pendingBefore = 0;

  it('is told that reviewing needs a curator token, signs in, and ingests a pasted document', async () => {
    ({ page: page.current, problems: page.problems } = await watchedPage(live.browser));
    await page.current.goto(at('/'));
    await page.current.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
    await page.current.getByRole('heading', { level: 1, name: /Review the grading assistant/ }).waitFor();
    await page.current.getByRole('heading', { name: 'Reviewing needs a curator token' }).waitFor();
    await page.current.getByText(/Nothing waits for review/).waitFor();
    await expect.poll(() => page.current.getByRole('form', { name: 'Ingest a document' }).count(), SETTLE).toBe(0);
    await screenshot(page.current, 'review-signed-out', { fullPage: false });

    await page.current.getByLabel('Your curator token').fill(TOKEN);
    await page.current.getByRole('button', { name: 'Sign in to review' }).click();
    const form = page.current.getByRole('form', { name: 'Ingest a document' });
    await form.waitFor();
    await page.current.getByRole('button', { name: 'Sign out' }).waitFor();

    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Kind of source').selectOption('clinic_page');
    await expect.poll(() => form.getByLabel('Format').inputValue(), SETTLE).toBe('TEXT');
    await form.getByLabel('Text of the document').fill(NEWSLETTER);
    await form.getByRole('button', { name: 'Ingest and propose' }).click();

    await page.current.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const reviewPage = /^\/review\/[a-z0-9-]+$/;
    reviewPath = await readWhen(
      () => new URL(page.current.url()).pathname,
      (path) => reviewPage.test(path),
      'review path',
    );
    await page.current.getByText('clinic page', { exact: true }).waitFor();
    const meta = page.current.locator('.review-source-meta');
    const waiting = /(\d+) proposals wait for review\./;
    pendingBefore = Number(
      waiting.exec(
        await readWhen(
          () => meta.innerText(),
          (t) => waiting.test(t),
        ),
      )![1],
    );
    await expect.poll(() => page.current.locator('article.proposal').count(), SETTLE).toBe(pendingBefore);
    // Every sentence is proposed; the trial for more than one claim (an existing one first, a new one last).
    for (const sentence of [TRIAL, CELLS, OBSERVED, PROMISE])
      await expect.poll(() => card(sentence).count(), { ...SETTLE, message: sentence }).toBeGreaterThanOrEqual(1);
    // Close to a known claim but under the threshold, and saying more in words the base has never seen (the refund):
    // proposed both as that claim and as a new one, for the curator to pick.
    await expect.poll(() => card(PROMISE).count(), { ...SETTLE, message: PROMISE }).toBe(2);
    await expect.poll(() => card(PROMISE).first().locator('.proposal-claim a').count(), SETTLE).toBe(1);
    await expect
      .poll(() => card(PROMISE).first().locator('.link-reason-tag').innerText(), SETTLE)
      .toBe('Nearest known claim, under the link threshold:');
    await expect
      .poll(() => card(PROMISE).last().locator('.proposal-claim').innerText(), SETTLE)
      .toContain('New claim: ');
    // A new claim is worded as the base's claims are: its subject named, no clinic, no first person.
    await expect
      .poll(() => card(OBSERVED).last().locator('.proposal-claim').innerText(), SETTLE)
      .toMatch(/New claim: Exosome/);
    await expect
      .poll(() => card(OBSERVED).last().locator('.proposal-claim').innerText(), SETTLE)
      .not.toMatch(/\bour\b/i);
    const trials = await readWhen(
      () => card(TRIAL).count(),
      (n) => n > 1,
    );
    expect(pendingBefore).toBeGreaterThan(3);

    const trial = card(TRIAL).first();
    await expect.poll(() => trial.locator('.quote-exact').innerText(), SETTLE).toBe(TRIAL);
    await expect.poll(() => trial.locator('.proposal-claim a').count(), SETTLE).toBe(1);
    await expect
      .poll(() => trial.locator('.proposal-alternatives').innerText(), SETTLE)
      .toContain(`One of ${trials} proposals for this passage`);
    await expect.poll(() => card(TRIAL).last().locator('.proposal-claim').innerText(), SETTLE).toContain('New claim: ');
    // A claim the trial matches has no tag; the broader claim it refines says so.
    await expect.poll(() => trial.locator('.link-reason-tag').count(), SETTLE).toBe(0);
    await expect.poll(() => card(TRIAL).nth(1).locator('.link-reason-tag').innerText(), SETTLE).toBe('Broader claim:');
    await expect.poll(() => trial.locator('.grade').innerText(), SETTLE).toContain('Clinical');
    await expect.poll(() => trial.locator('.basis').innerText(), SETTLE).toBe('randomized controlled trial');
    await expect.poll(() => trial.locator('dd', { hasText: '%' }).innerText(), SETTLE).toMatch(/^\d{1,3}%$/);
    await expect.poll(() => trial.locator('.marks').innerText(), SETTLE).toContain('Uncited');
    await expect.poll(() => card(OBSERVED).first().locator('.grade').innerText(), SETTLE).toContain('Anecdotal');
    await expect.poll(() => card(OBSERVED).first().locator('.basis').innerText(), SETTLE).toBe('practice observation');
    await screenshot(page.current, 'review-source');
    expect(page.problems).toEqual([]);
  });

  it('says so, with a link, when the same text is ingested again', async () => {
    await page.current.goto(at('/review'));
    const form = page.current.getByRole('form', { name: 'Ingest a document' });
    await form.getByLabel('Title').fill('The same newsletter again');
    await form.getByLabel('Text of the document').fill(NEWSLETTER);
    await form.getByRole('button', { name: 'Ingest and propose' }).click();
    const notice = page.current.getByText('The same text was ingested before');
    await notice.waitFor();
    await expect.poll(() => page.current.locator('.ingest-existing a').getAttribute('href'), SETTLE).toBe(reviewPath);
    await expect.poll(() => pendingInQueue(TITLE), SETTLE).toBe(pendingBefore);
    await screenshot(page.current, 'review-queue');
    expect(page.problems).toEqual([]);
  });

  it('accepts the trial as proposed, and the claim page shows the new quote', async () => {
    await page.current.goto(at(reviewPath));
    const trial = card(TRIAL).first();
    const claim = await readWhen(
      () => trial.locator('.proposal-claim a').innerText(),
      (t) => t.trim() !== '',
    );
    const trials = await readWhen(
      () => card(TRIAL).count(),
      (n) => n > 1,
    );
    await trial.getByRole('button', { name: 'Accept', exact: true }).click();
    await statusLine().getByText(`Accepted: now an assertion of ${claim}`).waitFor();
    await expect.poll(() => card(TRIAL).count(), SETTLE).toBe(trials - 1);
    await expect
      .poll(() => page.current.locator('.review-source-meta').innerText(), SETTLE)
      .toContain(`${pendingBefore - 1} proposals wait`);
    // The passage's other proposals stay, and say it is now an assertion of the claim accepted.
    await expect
      .poll(() => card(TRIAL).first().locator('.proposal-alternatives').innerText(), SETTLE)
      .toContain(`This passage is already an assertion of ${claim}.`);

    await statusLine().getByRole('link').click();
    const assertion = page.current.locator('article.assertion.is-target');
    await assertion.waitFor();
    await expect.poll(() => assertion.locator('.quote-exact').innerText(), SETTLE).toBe(TRIAL);
    await expect.poll(() => assertion.locator('.assertion-title').innerText(), SETTLE).toContain('Clinical');
    await expect.poll(() => assertion.innerText(), SETTLE).toContain(TITLE);
    await expect.poll(() => page.current.getByRole('heading', { level: 1 }).innerText(), SETTLE).toBe(claim);
    expect(page.problems).toEqual([]);
  });

  it('edits the practice observation’s new claim, its topics and rationale, before accepting it', async () => {
    await page.current.goto(at(reviewPath));
    const observed = card(OBSERVED).last();
    const proposed = await readWhen(
      () => observed.locator('.proposal-claim').innerText(),
      (t) => /New claim: \S/.test(t),
    );
    const statement = proposed.replace(/^.*New claim: /, '').trim();
    const observedCards = await readWhen(
      () => card(OBSERVED).count(),
      (n) => n > 0,
    );
    await observed.getByRole('button', { name: 'Edit then accept' }).click();
    const form = observed.getByRole('form', { name: 'Edit then accept this proposal' });
    // Another existing claim could take it instead; this curator keeps the new claim, with a topic.
    await form.getByRole('radio', { name: 'Choose another existing claim' }).check();
    // The picker searches every claim as the curator types; Escape closes its list.
    const picker = form.getByRole('combobox', { name: 'Existing claim' });
    await picker.fill('skin quality');
    await expect.poll(() => form.getByRole('option').count(), SETTLE).toBeGreaterThan(0);
    await expect.poll(() => form.locator('.combobox-status').innerText(), SETTLE).toMatch(/claims? match/);
    await picker.press('Escape');
    await expect.poll(() => picker.getAttribute('aria-expanded'), SETTLE).toBe('false');
    await form.getByRole('radio', { name: /Make the proposed new claim/ }).check();
    await expect.poll(() => form.getByRole('combobox', { name: 'Existing claim' }).count(), SETTLE).toBe(0);
    await form.getByLabel(/Topics of the new claim/).fill('Skin texture');
    await form.getByLabel('Grade', { exact: true }).selectOption('ANECDOTAL');
    const bases = () =>
      form
        .getByLabel('Basis')
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    await expect
      .poll(bases, SETTLE)
      .toEqual(['testimonial', 'expert_opinion', 'practice_observation', 'adverse_event_reports', 'none_given']);
    await form.getByLabel('Basis').selectOption('practice_observation');
    await form
      .getByLabel(/Rationale/)
      .fill('What "patients at our clinic noticed" is practice observation, not a study.');
    await form.getByLabel(/Reason for the change/).fill('An uncontrolled observation in one clinic');
    await screenshot(page.current, 'review-edit-form', { fullPage: false });
    await form.getByRole('button', { name: 'Accept with these changes' }).click();
    await statusLine().getByText('Accepted: now an assertion of').waitFor();
    await expect.poll(() => card(OBSERVED).count(), SETTLE).toBe(observedCards - 1);

    await statusLine().getByRole('link').click();
    const assertion = page.current.locator('article.assertion.is-target');
    await assertion.waitFor();
    await expect.poll(() => assertion.locator('.quote-exact').innerText(), SETTLE).toBe(OBSERVED);
    await expect.poll(() => assertion.locator('.assertion-title').innerText(), SETTLE).toContain('Anecdotal');
    await expect.poll(() => assertion.locator('.basis').innerText(), SETTLE).toBe('practice observation');
    await expect.poll(() => assertion.innerText(), SETTLE).toMatch(/graded by curator/);
    await expect.poll(() => page.current.getByRole('heading', { level: 1 }).innerText(), SETTLE).toBe(statement);
    expect(page.problems).toEqual([]);
  });

  it('rejects the promotional promise as a new claim with a reason, and it leaves the list', async () => {
    await page.current.goto(at(reviewPath));
    const promise = card(PROMISE).last();
    await promise.getByRole('button', { name: 'Reject' }).click();
    const form = promise.getByRole('form', { name: 'Reject this proposal' });
    await form.getByLabel(/Reason for rejecting/).fill('A sales promise, not a claim about evidence');
    await form.getByRole('button', { name: 'Reject proposal' }).click();
    await statusLine()
      .getByText(/Rejected: “Our clinic promises/)
      .waitFor();
    await expect.poll(() => card(PROMISE).count(), SETTLE).toBe(1);
    await expect.poll(() => page.current.locator('article.proposal').count(), SETTLE).toBe(pendingBefore - 3);
    await expect
      .poll(() => page.current.locator('.review-source-meta').innerText(), SETTLE)
      .toContain(`${pendingBefore - 3} proposals wait`);
    await screenshot(page.current, 'review-source-decided');
    expect(page.problems).toEqual([]);
  });

  it('sees the pending count drop in the queue', async () => {
    await page.current.getByRole('link', { name: '← Review queue' }).click();
    await page.current.getByRole('heading', { name: 'Waiting for review' }).waitFor();
    await expect.poll(() => pendingInQueue(TITLE), SETTLE).toBe(pendingBefore - 3);
    expect(page.problems).toEqual([]);
  });

  it('refuses files that are not text or too large, in words', async () => {
    const input = page.current.getByLabel('Document file (optional)');
    await input.setInputFiles({
      name: 'before-after.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    });
    await page.current
      .getByText('“before-after.png” is not a document it reads: choose a .txt, .md, .html or .pdf file.')
      .waitFor();
    await input.setInputFiles({ name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x41, 0x00, 0x42]) });
    await page.current.getByText('“scan.txt” is a binary file, not text.').waitFor();
    await input.setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(6 * 1024 * 1024, 'a') });
    await page.current.getByText('“huge.txt” is 6.0 MB, over the 5 MB limit.').waitFor();
    await expect.poll(() => page.current.getByLabel('Text of the document').inputValue(), SETTLE).toBe('');
    expect(page.problems).toEqual([]);
  });

  it('uploads an HTML page: format and title come from the file, the quotes carry no tags', async () => {
    const form = page.current.getByRole('form', { name: 'Ingest a document' });
    await form
      .getByLabel('Document file (optional)')
      .setInputFiles({ name: 'exosome-notes.html', mimeType: 'text/html', buffer: Buffer.from(HTML_PAGE) });
    await form.getByText('Read “exosome-notes.html” as HTML').waitFor();
    await expect.poll(() => form.getByLabel('Format').inputValue(), SETTLE).toBe('HTML');
    await expect.poll(() => form.getByLabel('Title').inputValue(), SETTLE).toBe('exosome-notes');
    await expect.poll(() => form.getByLabel('Text of the document').inputValue(), SETTLE).toBe(HTML_PAGE);
    await form.getByLabel('Kind of source').selectOption('clinic_article');
    await form.getByRole('button', { name: 'Ingest and propose' }).click();

    await page.current.getByRole('heading', { level: 1, name: 'exosome-notes' }).waitFor();
    const quotes = page.current.locator('article.proposal .quote');
    await expect.poll(() => quotes.count(), SETTLE).toBeGreaterThanOrEqual(2);
    await expect.poll(() => quotes.filter({ hasText: /[<>]|color: red|window\.tracked/ }).count(), SETTLE).toBe(0);
    await expect
      .poll(() => card('healing time after microneedling').first().locator('.quote-exact').innerText(), SETTLE)
      .toBe('In a randomized controlled trial of 30 patients, exosome gel shortened healing time after microneedling.');
    await screenshot(page.current, 'review-html-source');
    expect(page.problems).toEqual([]);
  });

  it('uploads a PDF: the server reads its text and pages, and each proposal names its page', async () => {
    await page.current.goto(at('/review'));
    const form = page.current.getByRole('form', { name: 'Ingest a document' });
    await form.getByLabel('Document file (optional)').setInputFiles({
      name: 'trial-report.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await pdfBytesOf(TRIAL_REPORT)),
    });
    await form.getByText(/“trial-report\.pdf” is a PDF \(\d+ KB\): the server reads its text and pages\./).waitFor();
    await expect.poll(() => form.getByLabel('Format').inputValue(), SETTLE).toBe('PDF');
    await expect.poll(() => form.getByLabel('Title').inputValue(), SETTLE).toBe('trial-report');
    await form.getByLabel('Kind of source').selectOption('peer_reviewed_paper');
    await form.getByRole('button', { name: 'Ingest and propose' }).click();

    await page.current.getByRole('heading', { level: 1, name: 'trial-report' }).waitFor();
    // Cards found by their own quote: a card shows the start of the next passage as its context.
    const byQuote = (start: string) =>
      page.current
        .locator('article.proposal')
        .filter({ has: page.current.locator('.quote-exact', { hasText: start }) });
    const trial = byQuote('In a randomized, double-blind, split-face trial of 40 patients').first();
    await expect
      .poll(() => trial.locator('.quote-exact').innerText(), SETTLE)
      .toContain('sped epithelial regeneration');
    await expect.poll(() => trial.locator('.proposal-facts').innerText(), SETTLE).toMatch(/Page\s+p\. 1/);
    await expect
      .poll(() => byQuote('In cultured fibroblasts').first().locator('.proposal-facts').innerText(), SETTLE)
      .toMatch(/Page\s+p\. 2/);
    await screenshot(page.current, 'review-pdf-source');
    expect(page.problems).toEqual([]);
  });
});
