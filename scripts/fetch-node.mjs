#!/usr/bin/env node
// Fetches one Node release from the npm registry's `node-<platform>-<arch>` package (Node's own
// binaries, published there by the Node project) into .cache/node/<version>/, checks it against the
// registry's sha512, and prints the folder that holds its `node` binary, for a PATH. Progress goes
// to stderr, so `bin=$(node scripts/fetch-node.mjs 24.22.3)` works. Once fetched, it is reused.
// Usage: node scripts/fetch-node.mjs <version>
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PROGRESS_EVERY_MS = 5000;
const say = (message) => console.error(`[fetch-node] ${message}`);

function fail(message) {
  say(message);
  process.exit(1);
}

const version = process.argv[2];
if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) fail('usage: node scripts/fetch-node.mjs <version>, e.g. 24.22.3');
const packageName = `node-${process.platform}-${process.arch}`;
const folder = path.join(root, '.cache', 'node', `${packageName}-${version}`);
const binDir = path.join(folder, 'bin');

function installedVersion() {
  const result = spawnSync(path.join(binDir, 'node'), ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** The tarball's address and sha512 as the registry npm uses states them (npm's own config: registry, proxy, CA). */
function distributionOf(spec) {
  try {
    const json = execFileSync('npm', ['view', spec, 'dist', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const dist = JSON.parse(json);
    if (!dist?.tarball || !dist?.integrity?.startsWith('sha512-')) throw new Error(`no tarball or sha512 in ${json}`);
    return dist;
  } catch (error) {
    fail(`the registry has no ${spec}: ${error.stderr?.toString().trim() || error.message}`);
  }
}

async function download(url) {
  const response = await fetch(url);
  if (!response.ok || !response.body) fail(`GET ${url} answered ${response.status}`);
  const size = Number(response.headers.get('content-length'));
  const chunks = [];
  let received = 0;
  const started = performance.now();
  let lastShown = started;
  const show = () => {
    const share = size ? ` of ${(size / 1e6).toFixed(1)} MB (${Math.round((100 * received) / size)}%)` : ' MB';
    say(`  ${(received / 1e6).toFixed(1)}${share}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  };
  for await (const chunk of response.body) {
    chunks.push(chunk);
    received += chunk.length;
    if (performance.now() - lastShown >= PROGRESS_EVERY_MS) {
      show();
      lastShown = performance.now();
    }
  }
  show();
  return Buffer.concat(chunks);
}

if (installedVersion() !== `v${version}`) {
  const spec = `${packageName}@${version}`;
  const started = performance.now();
  const dist = distributionOf(spec);
  say(`fetching Node ${version} (${spec}) from ${dist.tarball}…`);
  const tarball = await download(dist.tarball);
  const digest = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  if (digest !== dist.integrity) fail(`${spec}: the download's sha512 is not the registry's (${dist.integrity})`);
  const unpacking = `${folder}.partial`;
  rmSync(unpacking, { recursive: true, force: true });
  mkdirSync(unpacking, { recursive: true });
  const archive = path.join(unpacking, 'package.tgz');
  writeFileSync(archive, tarball);
  execFileSync('tar', ['-xzf', archive, '-C', unpacking, '--strip-components=1']);
  rmSync(archive);
  rmSync(folder, { recursive: true, force: true });
  renameSync(unpacking, folder);
  if (installedVersion() !== `v${version}`) fail(`${path.join(binDir, 'node')} does not run as Node ${version}`);
  say(
    `Node ${version} in ${path.relative(root, folder)}: done in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}
if (!existsSync(path.join(binDir, 'node'))) fail(`no node binary in ${binDir}`);
console.log(binDir);
