import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SETTLE, screenshot, watchedPage } from '../support/browser.js';
import { realCorpus } from '../support/test-app.js';
import { appInBrowser } from '../support/app-in-browser.js';

const live = appInBrowser(realCorpus);

/**
 * What Cytoscape holds, read through the registry it keeps on its container (no hook in the app):
 * zoom, pan, the lit elements and where a node is drawn on the screen.
 */
const graphState = (page: Page) =>
  page.locator('.graph-canvas').evaluate((container) => {
    const cy = (container as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
    return {
      zoom: cy.zoom(),
      pan: cy.pan(),
      nodes: cy.nodes().length,
      lit: cy.elements('.lit').length,
      faded: cy.elements('.faded').length,
    };
  });

/**
 * Where a node is drawn on the screen, once the drawing holds still: no move under way (the arrow
 * keys centre the node they reach) and the same place at two reads in a row (a new size of the
 * canvas, say a scroll bar appearing, lays the graph out again and fits it).
 */
async function nodeOnScreen(page: Page, nodeId: string): Promise<{ x: number; y: number }> {
  const read = async () => {
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    const { moving, at } = await page.locator('.graph-canvas').evaluate((container, id) => {
      const cy = (container as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
      return { moving: cy.animated(), at: cy.getElementById(id).renderedPosition() };
    }, nodeId);
    return { moving, x: box.x + at.x, y: box.y + at.y };
  };
  let last = { x: NaN, y: NaN };
  await expect
    .poll(async () => {
      const previous = last;
      const now = await read();
      last = now;
      return !now.moving && now.x === previous.x && now.y === previous.y;
    }, SETTLE)
    .toBe(true);
  return last;
}

async function openGraph(page: Page, search = '') {
  await page.goto(new URL(`graph${search}`, live.app.url).toString());
  await page.locator('.graph-canvas canvas').first().waitFor();
  await expect.poll(async () => (await graphState(page)).nodes, SETTLE).toBeGreaterThan(0);
}

describe('an educator explores the graph', () => {
  it('draws the 4 sources and 67 claims on one screen, with their stances and conflicts as a list too', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await page.goto(live.app.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Graph' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sources, claims and conflicts' }).waitFor();
    await expect.poll(async () => (await graphState(page)).nodes, SETTLE).toBe(71);
    // The whole drawing fits the screen: the canvas ends above the fold, the graph fitted into it.
    const canvas = async () => (await page.locator('.graph-canvas').boundingBox())!;
    const canvasBottom = async () => {
      const box = await canvas();
      return box.y + box.height;
    };
    await expect.poll(canvasBottom, SETTLE).toBeLessThanOrEqual(800);
    await expect.poll(async () => (await canvas()).height, SETTLE).toBeGreaterThan(400);
    const list = page.locator('details.graph-list');
    await expect
      .poll(() => list.locator('summary').innerText(), SETTLE)
      .toMatch(/4 sources, 67 claims, \d+ stances, \d+ conflicts/);
    await list.locator('summary').click();
    await expect
      .poll(
        () => list.getByRole('region', { name: 'Claims, their consensus and conflicts' }).locator('> ul > li').count(),
        SETTLE,
      )
      .toBe(67);
    await expect.poll(() => list.innerText(), SETTLE).toContain('conflicts with');
    await screenshot(page, 'graph-page', { fullPage: false, readme: true });
    expect(problems).toEqual([]);
  });

  it('zooms with its buttons and the wheel, pans by dragging, and fits again', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await openGraph(page);
    // The zoom the graph was fitted at, once the page has settled (a fit follows any resize of the canvas).
    let fitted = 0;
    await expect
      .poll(async () => {
        const previous = fitted;
        fitted = (await graphState(page)).zoom;
        return fitted === previous;
      }, SETTLE)
      .toBe(true);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await graphState(page)).zoom, SETTLE).toBeCloseTo(fitted * 1.25, 3);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => (await graphState(page)).zoom, SETTLE).toBeCloseTo(fitted / 1.25, 3);
    await expect
      .poll(() => page.locator('.graph-zoom').innerText(), SETTLE)
      .toBe(`${Math.round((fitted / 1.25) * 100)}%`);

    const box = (await page.locator('.graph-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const beforeWheel = (await graphState(page)).zoom;
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await graphState(page)).zoom, SETTLE).toBeGreaterThan(beforeWheel);

    // A drag from an empty corner of the canvas moves the drawing by as much.
    const start = (await graphState(page)).pan;
    await page.mouse.move(box.x + 8, box.y + box.height - 8);
    await page.mouse.down();
    await page.mouse.move(box.x + 108, box.y + box.height - 58, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await graphState(page)).pan.x - start.x, SETTLE).toBeCloseTo(100, -1);

    await page.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(async () => (await graphState(page)).zoom, SETTLE).toBeCloseTo(fitted, 3);
    expect(problems).toEqual([]);
  });

  it('lights a node’s neighbourhood on hover and on focus, from the canvas and from the list', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await openGraph(page);
    await expect.poll(async () => (await graphState(page)).lit, SETTLE).toBe(0);

    // The pointer over a claim lights it, its sources and the claims it conflicts with, and names it.
    const hovered = await nodeOnScreen(page, 'claim:exosome-products-are-standardized');
    await page.mouse.move(hovered.x, hovered.y);
    await expect
      .poll(() => page.locator('#graph-focus').innerText(), SETTLE)
      .toContain('Claim: Exosome products are standardized');
    await expect.poll(async () => (await graphState(page)).lit, SETTLE).toBeGreaterThan(3);
    await page.mouse.move(1, 1);
    await expect.poll(async () => (await graphState(page)).lit, SETTLE).toBe(0);

    // Focus on a link of the list lights its node in the graph.
    const list = page.locator('details.graph-list');
    await list.locator('summary').click();
    const sourceLink = list.getByRole('region', { name: 'Sources and their stances' }).locator('> ul > li > a').first();
    await sourceLink.focus();
    await expect.poll(() => page.locator('#graph-focus').innerText(), SETTLE).toMatch(/^Source: /);
    await expect.poll(async () => (await graphState(page)).lit, SETTLE).toBeGreaterThan(10);
    await expect.poll(async () => (await graphState(page)).faded, SETTLE).toBeGreaterThan(0);
    await page.locator('.graph-canvas').scrollIntoViewIfNeeded();
    await screenshot(page, 'graph-page-focused', { fullPage: false, readme: true });

    // The canvas takes the keyboard: arrows move from node to node, each lit in turn.
    await page.locator('.graph-canvas').focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.locator('#graph-focus').innerText(), SETTLE)
      .toMatch(/^(Source|Claim): .+ Enter or a click opens it\.$/);
    await expect.poll(async () => (await graphState(page)).lit, SETTLE).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });

  it('opens a claim’s page when its node is selected, and a source’s from the keyboard', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await openGraph(page);
    const at = await nodeOnScreen(page, 'claim:exosome-products-are-standardized');
    await page.mouse.click(at.x, at.y);
    await page.waitForURL((url) => url.pathname === '/claims/exosome-products-are-standardized');
    await page.getByRole('heading', { level: 1 }).waitFor();

    await openGraph(page);
    await page.locator('.graph-canvas').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#graph-focus').innerText(), SETTLE).toMatch(/^Source: /);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/sources/'));
    await page.locator('.source-text').waitFor();
    expect(problems).toEqual([]);
  });

  it('filters by stance and consensus as before, kept in the URL', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await openGraph(page);
    await page.getByLabel('Consensus', { exact: true }).selectOption('CONTESTED');
    await expect.poll(async () => (await graphState(page)).nodes, SETTLE).toBeLessThan(71);
    await expect.poll(() => new URL(page.url()).searchParams.get('status'), SETTLE).toBe('CONTESTED');
    await expect.poll(() => page.locator('details.graph-list summary').innerText(), SETTLE).toMatch(/ 3 claims/);
    await page.getByLabel('Stance', { exact: true }).selectOption('CONTRADICTS');
    const stances = () =>
      page.locator('.graph-canvas').evaluate((container) => {
        const cy = (container as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
        return [...new Set(cy.edges('[kind = "position"]').map((e) => e.data('stance') as string))];
      });
    await expect.poll(stances, SETTLE).toEqual(['CONTRADICTS']);
    expect(problems).toEqual([]);
  });

  it('starts from a topic or from a claim found as one types, and shows more when asked', async () => {
    const { page, problems } = await watchedPage(live.browser);
    await openGraph(page);
    await page.getByLabel('Topic').selectOption('hair');
    await page.waitForURL(/topic=hair/);
    await expect.poll(() => page.locator('.focus-now').innerText(), SETTLE).toContain('the topic “hair”');
    await expect.poll(async () => (await graphState(page)).nodes, SETTLE).toBeLessThan(30);

    const picker = page.getByRole('combobox', { name: 'A claim' });
    await picker.fill('products are standard');
    const option = page.getByRole('option', { name: /Exosome products are standardized/ });
    await option.waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await page.waitForURL(/claim=exosome-products-are-standardized/);
    await expect.poll(() => new URL(page.url()).searchParams.get('topic'), SETTLE).toBeNull();
    await expect
      .poll(() => page.locator('.focus-now').innerText(), SETTLE)
      .toContain('Exosome products are standardized');
    const hasNode = () =>
      page.locator('.graph-canvas').evaluate((container) => {
        const cy = (container as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
        return cy.getElementById('claim:exosome-products-are-standardized').length;
      });
    await expect.poll(hasNode, SETTLE).toBe(1);

    // At most 3 claims around it: the claim first, then what its sources address; more on request.
    await page.goto(new URL('graph?claim=exosome-products-are-standardized&claims=3', live.app.url).toString());
    await expect.poll(() => page.locator('details.graph-list summary').innerText(), SETTLE).toMatch(/ 3 claims,/);
    await page.getByRole('link', { name: 'Show more claims' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('claims'), SETTLE).toBe('103');
    await expect.poll(async () => (await graphState(page)).nodes, SETTLE).toBeGreaterThan(6);
    expect(problems).toEqual([]);
  });
});
