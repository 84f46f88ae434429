import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SETTLE, readWhen, screenshot, watchedPage } from '../support/browser.js';
import { realCorpus } from '../support/test-app.js';
import { appInBrowser } from '../support/app-in-browser.js';

const live = appInBrowser(realCorpus, { CLAIMGRAPH_CURATOR_TOKENS: 'alice:alice-token-0123456789' });

const SOURCE = 'korea-clinic-exosome-faq';
const TOKEN = 'alice-token-0123456789';
// A refused token comes back as HTTP 401, which Chromium itself logs as a failed resource load.
const besides401 = (problems: string[]) => problems.filter((p) => !/status of 401/.test(p));

async function signIn(page: Page, token: string) {
  await page.getByRole('button', { name: 'Sign in as curator' }).click();
  await page.getByLabel('Curator token').fill(token);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Selects [start, end) of the source text in the rendered text, as a mouse drag would, and releases the mouse. */
async function selectPassage(page: Page, start: number, end: number) {
  await page.evaluate(
    ([from, to]) => {
      const container = document.querySelector('.source-text')!;
      const pieces = [...container.querySelectorAll<HTMLElement>('[data-start]')];
      const at = (offset: number) => {
        const piece = pieces.filter((p) => Number(p.dataset.start) <= offset).pop()!;
        return { node: piece.firstChild!, offset: offset - Number(piece.dataset.start) };
      };
      const a = at(from);
      const b = at(to);
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [start, end] as const,
  );
}

describe('a curator keeps the base true', () => {
  let claimSlug = '';
  let claimPath = '';

  it('signs in, selects a passage on a source page, attaches it to a claim and sees its highlight', async () => {
    const { data } = await live.app.graphql<{
      source: { text: string; assertions: { claim: { slug: string } }[] };
      claims: { edges: { node: { slug: string; statement: string } }[] };
    }>(
      `{ source(id: "${SOURCE}") { text assertions { claim { slug } } } claims(first: 200) { edges { node { slug statement } } } }`,
    );
    const addressed = new Set(data!.source.assertions.map((a) => a.claim.slug));
    const claim = data!.claims.edges.map((e) => e.node).find((c) => !addressed.has(c.slug))!;
    claimSlug = claim.slug;
    const text = data!.source.text;
    const start = text.indexOf('exosome');
    const end = start + 60;

    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL(`sources/${SOURCE}`, live.app.url).toString());
    await page.locator('.source-text a.hl').first().waitFor();
    await signIn(page, TOKEN);
    await page.getByText('select a passage in the text').waitFor();
    await selectPassage(page, start, end);

    const form = page.getByRole('form', { name: 'New assertion' });
    await form.waitFor();
    await expect.poll(() => form.locator('.quote-exact').innerText(), SETTLE).toBe(text.slice(start, end));
    // The claim picker searches every claim as the curator types, and is worked from the keyboard.
    const picker = form.getByRole('combobox', { name: 'Claim' });
    await picker.fill(claim.statement.split(' ').slice(0, 6).join(' '));
    // Words typed are not a claim: the form cannot be sent until one is chosen from the list.
    const validationMessage = () => picker.evaluate((input) => (input as HTMLInputElement).validationMessage);
    await expect.poll(validationMessage, SETTLE).toBe('Choose a claim from the list.');
    // Each option reads the claim's statement, then its consensus.
    await form.getByRole('option', { name: claim.statement }).first().waitFor();
    await expect.poll(() => picker.getAttribute('aria-expanded'), SETTLE).toBe('true');
    const statements = () => form.locator('[role="option"] .combobox-label').allInnerTexts();
    const position = (await readWhen(statements, (shown) => shown.includes(claim.statement))).indexOf(claim.statement);
    for (let i = 0; i <= position; i += 1) await picker.press('ArrowDown');
    await expect
      .poll(
        async () => form.locator(`#${await picker.getAttribute('aria-activedescendant')} .combobox-label`).innerText(),
        SETTLE,
      )
      .toBe(claim.statement);
    await picker.press('Enter');
    await expect.poll(() => picker.inputValue(), SETTLE).toBe(claim.statement);
    await expect.poll(() => picker.getAttribute('aria-expanded'), SETTLE).toBe('false');
    await expect.poll(() => form.locator('.combobox-status').innerText(), SETTLE).toBe(`Chosen: “${claim.statement}”.`);
    await expect.poll(validationMessage, SETTLE).toBe('');
    await form.getByLabel('Qualifies').check();
    await form.getByLabel('Grade', { exact: true }).selectOption('PRECLINICAL');
    await expect.poll(() => form.getByLabel('Basis').inputValue(), SETTLE).toBe('in_vitro');
    await form.getByLabel('Basis').selectOption('animal');
    await form.getByLabel(/Rationale/).fill('Names laboratory work only: "in the lab".');
    await screenshot(page, 'curator-create-assertion', { fullPage: false });
    await form.getByRole('button', { name: 'Create assertion' }).click();

    await page.getByText(`Attached to “${claim.statement}”`).waitFor();
    const highlight = page.locator(`.source-text a.hl[href^="/claims/${claimSlug}#assertion-"]`).first();
    await highlight.waitFor();
    await expect.poll(() => highlight.innerText(), SETTLE).toBe(text.slice(start, end));
    await screenshot(page, 'curator-created-highlight', { fullPage: false });

    await highlight.click();
    await page.getByRole('heading', { level: 1, name: claim.statement }).waitFor();
    const assertionLink = new RegExp(`^/claims/${claimSlug}#assertion-`);
    claimPath = await readWhen(
      () => new URL(page.url()).pathname + new URL(page.url()).hash,
      (path) => assertionLink.test(path),
      'the highlight opens its assertion on the claim page',
    );
    expect(problems).toEqual([]);
  });

  it('edits the grade on the claim page with a reason, and sees the change and its history', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL(claimPath.slice(1), live.app.url).toString());
    const card = page.locator('article.assertion.is-target');
    await card.waitFor();
    // The session keeps the token for the tab only; a new tab signs in again.
    await signIn(page, TOKEN);
    await expect.poll(() => card.locator('.assertion-title').innerText(), SETTLE).toContain('Preclinical');
    await card.getByRole('button', { name: 'Edit' }).click();
    const form = card.getByRole('form', { name: 'Edit this assertion' });
    await form.getByLabel('Grade').selectOption('CLINICAL');
    await form.getByLabel('Basis').selectOption('observational');
    await expect.poll(() => form.getByRole('button', { name: 'Save change' }).isDisabled(), SETTLE).toBe(true);
    await form.getByLabel(/Reason/).fill('The passage names patients seen in the clinic');
    await form.getByRole('button', { name: 'Save change' }).click();
    await expect.poll(() => card.locator('.assertion-title').innerText(), SETTLE).toContain('Clinical');
    await expect.poll(() => card.locator('.basis').innerText(), SETTLE).toBe('observational');

    await card.locator('summary', { hasText: 'History' }).click();
    const history = card.locator('.history-list li');
    await expect.poll(() => history.count(), SETTLE).toBe(2);
    // Newest first: when, what, who by name and why, then each field before → after.
    await expect
      .poll(() => history.nth(0).innerText(), SETTLE)
      .toMatch(
        / — Passage changed: grade preclinical → clinical; basis animal → observational\s+by alice: “The passage names patients seen in the clinic”/,
      );
    await expect
      .poll(() => history.nth(0).locator('.revision-changes').innerText(), SETTLE)
      .toMatch(/grade\s+preclinical → clinical/);
    await expect
      .poll(() => history.nth(1).innerText(), SETTLE)
      .toMatch(/ — Passage added: qualifies, preclinical evidence\s+by alice/);
    await screenshot(page, 'curator-edit-history');

    // Someone else changes it meanwhile: the stale edit is refused in words.
    const id = (
      await live.app.graphql<{ claim: { assertions: { id: string; version: number; source: { slug: string } }[] } }>(
        `{ claim(id: "${claimSlug}") { assertions { id version source { slug } } } }`,
      )
    ).data!.claim.assertions.find((a) => a.source.slug === SOURCE)!;
    await card.getByRole('button', { name: 'Edit' }).click();
    await live.app.graphql(
      'mutation ($input: UpdateAssertionInput!) { updateAssertion(input: $input) { ok } }',
      { input: { id: id.id, expectedVersion: id.version, reason: 'a colleague', hedged: true } },
      { authorization: `Bearer ${TOKEN}` },
    );
    await card.getByLabel(/Reason/).fill('late change');
    await card.getByRole('button', { name: 'Save change' }).click();
    await card.getByText('Someone changed this since you opened it: reload').waitFor();
    expect(problems).toEqual([]);
  });

  it('refuses a wrong token in words and signs out', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL(`claims/${claimSlug}`, live.app.url).toString());
    const card = page.locator('article.assertion').first();
    await card.waitFor();
    await signIn(page, 'not-a-curator-token');
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByLabel(/Reason/).fill('trying');
    await card.getByRole('button', { name: 'Save change' }).click();
    await page.getByRole('alert').filter({ hasText: 'Your curator token was not accepted' }).waitFor();
    await page.getByRole('button', { name: 'Sign in as curator' }).waitFor();
    await expect.poll(() => card.getByRole('button', { name: 'Edit' }).count(), SETTLE).toBe(0);
    await expect.poll(() => page.evaluate(() => sessionStorage.length), SETTLE).toBe(0);
    await screenshot(page, 'curator-token-refused', { fullPage: false });
    expect(besides401(problems)).toEqual([]);
  });
});
