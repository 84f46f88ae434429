import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { createDatabase } from '../../server/src/db/repositories.js';
import { refreshConsensus } from '../../server/src/services/consensus-refresh.js';
import { SETTLE, screenshot, watchedPage } from '../support/browser.js';
import { realCorpus } from '../support/test-app.js';
import { appInBrowser } from '../support/app-in-browser.js';

const CLAIM = 'exosome-products-are-standardized';
const EXTRA = 45;

/** 45 more supporting passages for one claim, from 45 sources: more than a page of the claim's Supports group. */
const MANY_SUPPORTS = `
MATCH (c:Claim {slug: $claim})
UNWIND range(1, $n) AS n
CREATE (s:Source {id: 'reader-letter-' + right('00' + n, 3), title: 'Reader letter ' + n, kind: 'other', authors: [], language: 'en',
  text: 'Every exosome product I tried was the same, letter ' + n + '.', contentHash: 'letter-' + n, commercialInterest: false})
CREATE (s)-[:HAS_ASSERTION]->(:Assertion {id: 'reader-letter-' + right('00' + n, 3) + '--' + $claim, stance: 'SUPPORTS', grade: 'ANECDOTAL',
  basis: 'none_given', rationale: 'A reader says so.', hedged: false, cited: false, gradedBy: 'curator', anchorState: 'ANCHORED', version: 1,
  exact: 'Every exosome product I tried was the same', start: 0, end: 42, prefix: '', suffix: ', letter ' + n + '.'})-[:ABOUT]->(c)`;

const live = appInBrowser(realCorpus);

beforeAll(async () => {
  const database = Neo4jClient.connect(inject('neo4j'));
  try {
    await database.write(MANY_SUPPORTS, { claim: CLAIM, n: EXTRA });
    await createDatabase(database).transaction((tx) =>
      refreshConsensus(tx, [CLAIM], { actor: 'test', reason: 'many letters written straight into Neo4j' }),
    );
  } finally {
    await database.close();
  }
});

describe('a claim with more passages than a page', () => {
  it('shows the first 20 of a stance with the total, and the rest 20 at a time on "Show more"', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(new URL(`claims/${CLAIM}`, live.app.url).toString());
    const supports = page.locator('section.group-supports');
    await supports.getByRole('heading', { name: /Supports \(46 passages from 46 sources\)/ }).waitFor();
    await expect.poll(() => supports.locator('article.assertion').count(), SETTLE).toBe(20);
    await supports.getByRole('button', { name: 'Show more “Supports” passages' }).click();
    await expect.poll(() => supports.locator('article.assertion').count(), SETTLE).toBe(40);
    await expect.poll(() => supports.getByText('(40 of 46 shown)').count(), SETTLE).toBe(1);
    await supports.getByRole('button', { name: 'Show more “Supports” passages' }).click();
    await expect.poll(() => supports.locator('article.assertion').count(), SETTLE).toBe(46);
    await expect.poll(() => supports.getByRole('button', { name: /Show more/ }).count(), SETTLE).toBe(0);
    const distinctIds = () =>
      supports.locator('article.assertion').evaluateAll((els) => new Set(els.map((el) => el.id)).size);
    await expect.poll(distinctIds, SETTLE).toBe(46);
    await screenshot(page, 'claim-page-many-passages');
    expect(problems).toEqual([]);
  });

  it('opens a permalink to a passage beyond the first page at that passage', async () => {
    const { page, problems } = await watchedPage(live.browser);
    const last = `assertion-reader-letter-0${EXTRA}--${CLAIM}`;
    await page.goto(new URL(`claims/${CLAIM}#${last}`, live.app.url).toString());
    const linked = page.getByRole('region', { name: 'The passage this link points to' });
    await linked.waitFor();
    await expect.poll(() => linked.locator(`article#${last}`).count(), SETTLE).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? ''), SETTLE).toBe(last);
    expect(problems).toEqual([]);
  });
});
