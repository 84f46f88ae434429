import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';

// No Docker engine runs where these tests run; this checks what the image is made of.
describe('Dockerfile', () => {
  const text = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');
  const stages = text.split(/^FROM /m).slice(1);
  const run = stages.at(-1)!;

  it('builds in one stage and runs from another', () => {
    expect(stages).toHaveLength(2);
    expect(stages[0]).toMatch(/^node:\S+ AS build/);
    expect(stages[0]).toContain('node scripts/build-server.mjs');
    expect(run).toMatch(/COPY --from=build \/app\/server\/dist server\/dist/);
  });

  it('runs compiled JavaScript on production dependencies only, with no TypeScript runner', () => {
    expect(run).toContain('npm ci --omit=dev');
    expect(run).toMatch(/^CMD \["node", "server\/dist\/main\.js"\]$/m);
    expect(run).not.toMatch(/tsx|typescript/);
  });

  it('runs as an unprivileged user and tells the engine when it is healthy', () => {
    expect(run).toMatch(/^USER node$/m);
    expect(run).toMatch(/^HEALTHCHECK .*\\\n\s+CMD .*\/health/m);
  });
});
