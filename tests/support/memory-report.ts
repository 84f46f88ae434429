/**
 * Preloaded into the app by the soak test (`node --expose-gc --import tsx --import <this>`): every
 * MEMORY_REPORT_MS it runs a full garbage collection, then prints a line
 * `[memory] {"at":…,"rss":…,"heapUsed":…,"external":…}` (ms since the epoch, bytes). Measured right after a collection, the
 * figures are what the app still holds, not garbage waiting for V8's next major collection, which
 * otherwise swings RSS by 15 MB a minute or more and hides a slow leak.
 */
const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (!collectGarbage) throw new Error('memory-report needs node --expose-gc');

setInterval(
  () => {
    collectGarbage();
    const { rss, heapUsed, external } = process.memoryUsage();
    console.log(`[memory] ${JSON.stringify({ at: Date.now(), rss, heapUsed, external })}`);
  },
  Number(process.env.MEMORY_REPORT_MS ?? 2_000),
).unref();

export {};
