import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { PHONE, readmeScreenshotDir } from '../support/browser.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const shown = [...readme.matchAll(/\(docs\/screenshots\/([\w-]+)\.png\)/g)].map((m) => m[1]!);

const e2eDir = path.join(repoRoot, 'tests', 'e2e');
/** The e2e files that take a README screenshot, and the names they give them. */
const takenBy = new Map<string, string>();
for (const file of readdirSync(e2eDir).filter((f) => f.endsWith('.test.ts'))) {
  const source = readFileSync(path.join(e2eDir, file), 'utf8');
  for (const [, name] of source.matchAll(/screenshot\(\s*page,\s*'([\w-]+)',\s*\{[^}]*readme: true[^}]*\}\s*\)/g)) {
    takenBy.set(name!, `tests/e2e/${file}`);
  }
}
const screenshotsScript = (
  JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts['screenshots']!;

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the README shows screenshots the e2e suite regenerates, at desktop and phone widths', () => {
  it('shows some', () => {
    expect(shown.length).toBeGreaterThan(10);
  });

  it.each(shown)('docs/screenshots/%s.png is taken by an e2e test that `npm run screenshots` runs', (file) => {
    const name = file.replace(/-phone$/, '');
    const test = takenBy.get(name);
    expect(test, `no e2e test takes screenshot(page, '${name}', { readme: true })`).toBeDefined();
    expect(screenshotsScript.split(/\s+/)).toContain(test);
    const { width } = pngSize(path.join(readmeScreenshotDir, `${file}.png`));
    if (file.endsWith('-phone')) expect(width).toBe(PHONE.width);
    else expect(width).toBeGreaterThanOrEqual(PHONE.width);
  });

  it('shows each page at a phone’s width too', () => {
    const phones = new Set(shown.filter((f) => f.endsWith('-phone')));
    for (const file of shown.filter((f) => !f.endsWith('-phone'))) expect(phones).toContain(`${file}-phone`);
  });
});
