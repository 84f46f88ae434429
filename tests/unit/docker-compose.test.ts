import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../server/src/config.js';

// No Docker engine runs where these tests run; this checks what `docker compose config` would rely on.
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8')) as {
    services: Record<
      string,
      {
        image?: string;
        build?: string;
        environment?: Record<string, string>;
        depends_on?: Record<string, unknown>;
        ports?: string[];
      }
    >;
  };

  it('runs the official Neo4j 5 Community image', () => {
    expect(compose.services.neo4j?.image).toMatch(/^neo4j:5\.\d+-community$/);
  });

  it('points the app at that Neo4j, so the app starts none of its own', () => {
    const app = compose.services.app!;
    expect(app.build).toBe('.');
    expect(app.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app.environment?.NEO4J_PASSWORD).toBe(
      compose.services.neo4j?.environment?.NEO4J_AUTH?.replace(/^neo4j\//, ''),
    );
    expect(Object.keys(app.depends_on ?? {})).toEqual(['neo4j']);
    expect(app.ports).toContain('4000:4000');
  });
});
