import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../server/src/corpus/corpus-error.js';
import { readCorpus } from '../../server/src/corpus/corpus-reader.js';
import { fixtureCorpus } from '../support/test-app.js';

let dir: string;
const assertionsFile = () => path.join(dir, 'assertions', 'korea-clinic-faq.json');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const edit = (file: string, change: (value: any) => void) => {
  const value = JSON.parse(readFileSync(file, 'utf8'));
  change(value);
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
};
const problemsOf = () => readCorpus(dir).problems.map(formatProblem);

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-corpus-'));
  cpSync(fixtureCorpus('corpus-small'), dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('kb validate: every data file is checked before anything is loaded', () => {
  it('accepts a corpus whose quotes all stand verbatim at their offsets', () => {
    const { corpus, problems } = readCorpus(dir);
    expect(problems).toEqual([]);
    expect(corpus.sources).toHaveLength(1);
    expect(corpus.assertions).toHaveLength(2);
    expect(corpus.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a quote moved by one character, naming the file, line, entry and field', () => {
    edit(assertionsFile(), (list) => {
      list[1].quote.start += 1;
    });
    const problems = problemsOf();
    expect(problems).toContainEqual(
      expect.stringMatching(
        /assertions\/korea-clinic-faq\.json:\d+ \[korea-clinic-faq--exosome-therapy-replaces-lasers-and-fillers\] quote\.exact: text at/,
      ),
    );
  });

  it('refuses a quote whose wording was changed', () => {
    edit(assertionsFile(), (list) => {
      list[0].quote.exact = list[0].quote.exact.replace('commonly', 'always');
    });
    expect(problemsOf().join('\n')).toMatch(/quote\.exact: .*nowhere in the text/);
  });

  it('names the line of a malformed JSON file', () => {
    const file = path.join(dir, 'claims.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"topics"', '"topics" "oops"'));
    expect(problemsOf()[0]).toMatch(/^tests\/fixtures|claims\.json:\d+ not valid JSON/);
    expect(problemsOf()[0]).toContain('claims.json:');
  });

  it('refuses an unknown grade', () => {
    edit(assertionsFile(), (list) => {
      list[0].grade = 'MIRACULOUS';
    });
    expect(problemsOf().join('\n')).toMatch(
      /\[korea-clinic-faq--exosome-therapy-supports-post-procedure-recovery\] grade: must be equal to one of the allowed values: ANECDOTAL, PRECLINICAL, CLINICAL/,
    );
  });

  it('refuses a basis that belongs to another grade', () => {
    edit(assertionsFile(), (list) => {
      list[1].basis = 'rct';
    });
    expect(problemsOf().join('\n')).toMatch(/basis: basis "rct" belongs to CLINICAL, not ANECDOTAL/);
  });

  it('refuses an assertion about a claim that does not exist', () => {
    edit(assertionsFile(), (list) => {
      list[0].claim = 'exosomes-cure-everything';
    });
    expect(problemsOf().join('\n')).toContain('claim: no claim "exosomes-cure-everything"');
  });

  it('accepts a claim no assertion is about yet, as a curator may make one in the app before its passages', () => {
    edit(path.join(dir, 'claims.json'), (list) => {
      list.push({
        slug: 'exosomes-are-not-yet-quoted',
        statement: 'Exosomes are not yet quoted anywhere',
        topics: ['mechanism'],
      });
    });
    expect(problemsOf()).toEqual([]);
  });

  it('does not hold an orphaned quote to its source text, which data/ keeps only in its current version', () => {
    edit(assertionsFile(), (list) => {
      list[0].quote.exact = 'a passage of an earlier text of the source';
      list[0].anchorState = 'ORPHANED';
    });
    expect(problemsOf()).toEqual([]);
  });

  it('refuses duplicate slugs and assertion ids', () => {
    edit(path.join(dir, 'claims.json'), (list) => {
      list.push({ ...list[0] });
    });
    edit(assertionsFile(), (list) => {
      list.push({ ...list[0] });
    });
    const problems = problemsOf().join('\n');
    expect(problems).toContain('slug: is used by an earlier claim');
    expect(problems).toContain('id: is used by another assertion');
  });

  it('refuses a source text that is not the one its content hash names', () => {
    const textFile = path.join(dir, 'sources', 'korea-clinic-faq.txt');
    writeFileSync(textFile, `${readFileSync(textFile, 'utf8')} `);
    expect(problemsOf().join('\n')).toMatch(
      /sources\/korea-clinic-faq\.json:\d+ \[korea-clinic-faq\] contentHash: is not the sha256/,
    );
  });
});
