export interface MemorySample {
  /** Minutes since the start of the measurement. */
  minute: number;
  rssMb: number;
  /** V8 heap in use plus memory held outside it by buffers. */
  heapMb: number;
}

/** The `[memory]` lines tests/support/memory-report.ts printed from `since` (ms since the epoch) on. */
export function memorySamples(lines: string[], since: number): MemorySample[] {
  return lines
    .filter((line) => line.startsWith('[memory] '))
    .map(
      (line) =>
        JSON.parse(line.slice('[memory] '.length)) as { at: number; rss: number; heapUsed: number; external: number },
    )
    .filter((report) => report.at >= since)
    .map((report) => ({
      minute: (report.at - since) / 60_000,
      rssMb: report.rss / 2 ** 20,
      heapMb: (report.heapUsed + report.external) / 2 ** 20,
    }));
}

export interface MemoryTrend {
  /** Samples after the first third, which is left to warm-up (JIT, caches, pools). */
  measured: number;
  heapSlopeMbPerMinute: number;
  rssSlopeMbPerMinute: number;
  rssMedianMiddleThird: number;
  rssMedianLastThird: number;
}

export function memoryTrend(samples: MemorySample[]): MemoryTrend {
  const third = Math.floor(samples.length / 3);
  const measured = samples.slice(third);
  const rssMedian = (part: MemorySample[]) => median(part.map((s) => s.rssMb));
  return {
    measured: measured.length,
    heapSlopeMbPerMinute: slopeMbPerMinute(measured, (s) => s.heapMb),
    rssSlopeMbPerMinute: slopeMbPerMinute(measured, (s) => s.rssMb),
    rssMedianMiddleThird: rssMedian(samples.slice(third, 2 * third)),
    rssMedianLastThird: rssMedian(samples.slice(2 * third)),
  };
}

/** Least-squares slope, in MB a minute, of one measure over time. */
function slopeMbPerMinute(samples: MemorySample[], measure: (s: MemorySample) => number): number {
  const meanX = samples.reduce((sum, s) => sum + s.minute, 0) / samples.length;
  const meanY = samples.reduce((sum, s) => sum + measure(s), 0) / samples.length;
  const covariance = samples.reduce((sum, s) => sum + (s.minute - meanX) * (measure(s) - meanY), 0);
  const variance = samples.reduce((sum, s) => sum + (s.minute - meanX) ** 2, 0);
  return covariance / variance;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
