#!/usr/bin/env node
// Compiles the server's entry points to plain JavaScript in server/dist (esbuild: one ES module per
// entry point with our code bundled and node_modules left as imports), so that `npm start`, `npm run kb`
// and the benchmark run no TypeScript compiler. Types are checked by `npm run check`, not here.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The entry points and the file each becomes in server/dist. */
export const SERVER_ENTRY_POINTS = {
  main: 'server/src/main.ts',
  kb: 'server/src/cli/kb.ts',
  // The grading assistant's thread, loaded by AssistantThread from beside the module that starts it.
  'assistant-thread.worker': 'server/src/services/assistant-thread.worker.ts',
};

export async function buildServer(outdir = path.join(root, 'server', 'dist'), entryPoints = SERVER_ENTRY_POINTS) {
  // Chunk names carry a hash of their content: last build's would otherwise pile up.
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(entryPoints).map(([name, file]) => [name, path.join(root, file)])),
    outdir,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    // Shared code in chunks of its own: main.js must set NODE_ENV before the app and graphql-js load (see main.ts).
    splitting: true,
    target: 'node20',
    // Stack traces name the bundle's lines; the map beside it is for a debugger, not loaded at run time
    // (source-mapped stack traces cost every neo4j-driver query a lookup: it captures one per query).
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildServer();
