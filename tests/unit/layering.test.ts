import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';

/**
 * The layers of DESIGN.md, checked on the source: pure domain logic, use cases in services, Cypher in
 * repositories that hold queries only and do not import each other, and writes only through services.
 */

const serverSrc = path.join(repoRoot, 'server', 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [path.join(dir, entry.name)]
        : [],
  );
}

/** What each file imports, as written after `from`. */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]!);
}

const relative = (file: string) => path.relative(serverSrc, file);

describe('the layers of the server', () => {
  it('repositories do not import each other: repositories.ts alone assembles them', () => {
    const repositories = filesUnder(path.join(serverSrc, 'db')).filter((f) => f.endsWith('.repository.ts'));
    expect(repositories.length).toBeGreaterThan(5);
    const crossImports = repositories.flatMap((file) =>
      importsOf(file)
        .filter((imported) => /\.repository\.js$/.test(imported))
        .map((imported) => `${relative(file)} imports ${imported}`),
    );
    expect(crossImports).toEqual([]);
  });

  it('domain logic does no I/O: no database, service, runtime, file or network module', () => {
    const forbidden = /^(node:|neo4j-driver$|\.\.\/(db|services|runtime|graphql|cli|corpus)\/)/;
    const impure = filesUnder(path.join(serverSrc, 'domain')).flatMap((file) =>
      importsOf(file)
        .filter((imported) => forbidden.test(imported))
        .map((imported) => `${relative(file)} imports ${imported}`),
    );
    expect(impure).toEqual([]);
  });

  it('Cypher is written only in server/src/db', () => {
    const cypher = /\b(MATCH|MERGE|DETACH DELETE)\s*\(/;
    const outside = filesUnder(serverSrc)
      .filter((file) => !relative(file).startsWith(`db${path.sep}`))
      .filter((file) => cypher.test(readFileSync(file, 'utf8')))
      .map(relative);
    expect(outside).toEqual([]);
  });

  it('resolvers and CLI commands write through the services, never by a transaction of their own', () => {
    const writers = [path.join(serverSrc, 'graphql'), path.join(serverSrc, 'cli')]
      .flatMap(filesUnder)
      .filter((file) => /\.transaction\(|executeWrite\(/.test(readFileSync(file, 'utf8')))
      .map(relative);
    expect(writers).toEqual([]);
  });
});
