import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json above this module: the same from server/src and from a compiled bundle anywhere below. */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const repoRoot = packageRoot(path.dirname(fileURLToPath(import.meta.url)));

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

export interface AppConfig {
  port: number;
  host: string;
  /** An external Neo4j (container, Aura, cluster); when absent the app starts its embedded one. */
  neo4j: Neo4jConnection | null;
  embedded: EmbeddedNeo4jOptions;
  dataDir: string;
  clientDist: string;
  /** The address users reach the app at, for permalinks; null: the address each request came to. */
  publicUrl: string | null;
  /** Origins whose pages may send curator requests (Authorization, mutations) across origins. */
  corsOrigins: string[];
  /** Megabytes of query answers kept between requests (CLAIMGRAPH_RESPONSE_CACHE_MB); 0 turns the cache off. */
  responseCacheMb: number;
  /** Where settings that are read when needed (curator tokens) come from. */
  env: NodeJS.ProcessEnv;
}

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  boltPort: number | null;
  heapMb: number;
  pageCacheMb: number;
  startTimeoutMs: number;
}

export class ConfigError extends Error {}

/**
 * Room for about a thousand claim pages of the benchmark's size (20-30 KB of JSON each, two bytes a
 * character in memory): the pages readers ask most often, within the app's memory budget.
 */
const DEFAULT_RESPONSE_CACHE_MB = 64;

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  }
  return value;
}

export function neo4jConnectionFrom(env: NodeJS.ProcessEnv): Neo4jConnection | null {
  const uri = env.NEO4J_URI;
  if (!uri) return null;
  return { uri, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? '' };
}

export function embeddedOptionsFrom(env: NodeJS.ProcessEnv): EmbeddedNeo4jOptions {
  const boltPort = intFrom(env, 'NEO4J_BOLT_PORT', 0);
  return {
    dataDir: path.resolve(env.NEO4J_DATA_DIR ?? path.join(repoRoot, '.data', 'neo4j')),
    boltPort: boltPort === 0 ? null : boltPort,
    heapMb: intFrom(env, 'NEO4J_HEAP_MB', 768),
    pageCacheMb: intFrom(env, 'NEO4J_PAGECACHE_MB', 256),
    startTimeoutMs: intFrom(env, 'NEO4J_START_TIMEOUT_MS', 120_000),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: intFrom(env, 'PORT', 4000),
    host: env.HOST ?? '0.0.0.0',
    neo4j: neo4jConnectionFrom(env),
    embedded: embeddedOptionsFrom(env),
    dataDir: path.resolve(env.CLAIMGRAPH_DATA_DIR ?? path.join(repoRoot, 'data')),
    clientDist: path.join(repoRoot, 'client', 'dist'),
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/$/, '') : null,
    corsOrigins: corsOriginsFrom(env.CORS_ORIGINS),
    responseCacheMb: intFrom(env, 'CLAIMGRAPH_RESPONSE_CACHE_MB', DEFAULT_RESPONSE_CACHE_MB),
    env,
  };
}

/** CORS_ORIGINS: `https://a.example,http://localhost:5173`, each an origin exactly (scheme, host, port; no path). */
export function corsOriginsFrom(raw: string | undefined): string[] {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    let origin: string | null = null;
    try {
      origin = new URL(entry).origin;
    } catch {
      // reported below
    }
    if (origin !== entry || origin === 'null') {
      throw new ConfigError(
        `CORS_ORIGINS: "${entry}" is not an origin; write each as scheme://host[:port], no path or trailing slash (e.g. https://writer.example.org)`,
      );
    }
  }
  return entries;
}
