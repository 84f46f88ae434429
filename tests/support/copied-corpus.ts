import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a valid data/ folder holding `copies` copies of every source of `from` (same texts, so
 * every quote stays verbatim; new source and assertion ids) and the same claims: a corpus as real
 * as data/, large enough that a load takes many batches.
 */
export function writeCopiedCorpus(from: string, to: string, copies: number): void {
  mkdirSync(path.join(to, 'sources'), { recursive: true });
  mkdirSync(path.join(to, 'assertions'), { recursive: true });
  copyFileSync(path.join(from, 'claims.json'), path.join(to, 'claims.json'));
  const sourceIds = readdirSync(path.join(from, 'sources'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.basename(f, '.json'));
  for (let copy = 0; copy < copies; copy += 1) {
    for (const id of sourceIds) {
      const copyId = `${id}-copy-${String(copy).padStart(3, '0')}`;
      const source = JSON.parse(readFileSync(path.join(from, 'sources', `${id}.json`), 'utf8')) as {
        id: string;
        title: string;
      };
      writeFileSync(
        path.join(to, 'sources', `${copyId}.json`),
        JSON.stringify({ ...source, id: copyId, title: `${source.title} (copy ${copy})` }),
      );
      copyFileSync(path.join(from, 'sources', `${id}.txt`), path.join(to, 'sources', `${copyId}.txt`));
      const assertions = JSON.parse(readFileSync(path.join(from, 'assertions', `${id}.json`), 'utf8')) as {
        id: string;
      }[];
      const copied = assertions.map((a) => ({
        ...a,
        id: a.id.startsWith(`${id}--`) ? `${copyId}${a.id.slice(id.length)}` : `${copyId}--${a.id}`,
      }));
      writeFileSync(path.join(to, 'assertions', `${copyId}.json`), JSON.stringify(copied));
    }
  }
}
