import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { startTestApp } from './test-app.js';
import { freshDatabase } from './test-database.js';

export interface AppInBrowser {
  app: Awaited<ReturnType<typeof startTestApp>>;
  browser: Browser;
}

/**
 * An end-to-end file's world: the real app on an emptied Neo4j loaded from `dataDir`, and Chromium,
 * both started before the file's tests and stopped after them. Read `app` and `browser` inside
 * tests and hooks (they are set once the file's first hook has run); a file's own `beforeAll`,
 * registered after this call, runs after they are up.
 */
export function appInBrowser(dataDir: string, env: NodeJS.ProcessEnv = {}): AppInBrowser {
  const world = {} as AppInBrowser;
  beforeAll(async () => {
    await (await freshDatabase()).close();
    world.app = await startTestApp(dataDir, env);
    world.browser = await launchBrowser();
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.app?.stop();
  });
  return world;
}
