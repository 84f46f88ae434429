#!/usr/bin/env node
// Installs whatever a fresh clone is missing, and nothing twice: npm packages (`npm ci`, exactly the
// lock), the jars of the embedded Neo4j (through Maven), the compiled server, the built client and
// Debian's Chromium.
// Usage: node scripts/setup.mjs [packages] [neo4j] [server] [client] [browser] [--with-browser]
// With no part named: packages, neo4j, server and client (plus browser with --with-browser). The npm
// scripts' pre-hooks name what their command needs, so every command works on a fresh clone.
// Node built-ins only: it runs before node_modules exists.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PARTS = ['packages', 'neo4j', 'server', 'client', 'browser'];
const DEFAULT_PARTS = ['packages', 'neo4j', 'server', 'client'];
// How often a long step without output of its own says how far it has got, when the output is
// not a terminal (a CI log); on a terminal the one progress line is rewritten in place.
const PROGRESS_EVERY_MS = 5000;
const TERMINAL_REFRESH_MS = 500;
// The oldest Node every locked dependency accepts (graphql-yoga's @whatwg-node/server needs 22.15),
// and the oldest on which the app and its tests still run (require() of ES modules).
const SUPPORTED_NODE = [22, 15];
const OLDEST_RUNNING_NODE = [20, 19];

const say = (message) => console.log(`[setup] ${message}`);

function fail(message) {
  console.error(`[setup] ${message}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) fail(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function hashOf(paths) {
  const hash = createHash('sha256');
  const visit = (p) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) visit(path.join(p, name));
    } else {
      hash.update(path.relative(root, p)).update(readFileSync(p));
    }
  };
  paths.forEach((p) => visit(path.join(root, p)));
  return hash.digest('hex');
}

function upToDate(stampFile, hash) {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash;
}

const seconds = (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/** Runs one step and says how long it took; a step that finds everything in place returns false and says nothing. */
async function step(name, work) {
  const started = performance.now();
  const didWork = await work();
  if (didWork !== false) say(`${name}: done in ${seconds(performance.now() - started)}`);
}

let aptUpdated = false;
function aptInstall(packages) {
  if (process.getuid?.() !== 0 || !has('apt-get')) {
    fail(`missing ${packages.join(', ')}: install them (Debian: apt-get install ${packages.join(' ')}) and run again`);
  }
  say(`installing ${packages.join(', ')} from Debian's packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) run('apt-get', ['update', '-qq'], { env });
  aptUpdated = true;
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env });
}

function ensureNodePackages() {
  const stamp = path.join(root, 'node_modules', '.claimgraph-lock-hash');
  const hash = hashOf(['package-lock.json']);
  if (upToDate(stamp, hash)) return false;
  // Installed by hand (`npm ci`) since the lock last changed: npm's own record is newer than the lock.
  const npmRecord = path.join(root, 'node_modules', '.package-lock.json');
  if (existsSync(npmRecord) && statSync(npmRecord).mtimeMs >= statSync(path.join(root, 'package-lock.json')).mtimeMs) {
    writeFileSync(stamp, hash);
    return false;
  }
  say('installing npm packages exactly as locked (npm ci, about a minute on a fresh clone)…');
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  writeFileSync(stamp, hash);
}

/** Maven's download log and the jars folder, reduced to one line of progress. */
function mavenProgress(lib) {
  const onTerminal = process.stdout.isTTY;
  let downloads = 0;
  let kilobytes = 0;
  const started = performance.now();
  const jarsCopied = () => (existsSync(lib) ? readdirSync(lib).filter((name) => name.endsWith('.jar')).length : 0);
  const line = () =>
    `[setup]   Maven: ${downloads} files fetched (${(kilobytes / 1024).toFixed(1)} MB), ` +
    `${jarsCopied()} jars in place, ${seconds(performance.now() - started)}`;
  const show = () => (onTerminal ? process.stdout.write(`\r${line()}`) : console.log(line()));
  const timer = setInterval(show, onTerminal ? TERMINAL_REFRESH_MS : PROGRESS_EVERY_MS);
  return {
    read(text) {
      const downloaded = /Downloaded from \S+: \S+ \((\d+(?:\.\d+)?) (B|kB|MB)/.exec(text);
      if (!downloaded) return;
      downloads += 1;
      kilobytes += Number(downloaded[1]) * { B: 1 / 1024, kB: 1, MB: 1024 }[downloaded[2]];
    },
    end() {
      clearInterval(timer);
      show();
      if (onTerminal) process.stdout.write('\n');
    },
  };
}

function runMaven(args, lib) {
  return new Promise((resolve) => {
    const child = spawn('mvn', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const progress = mavenProgress(lib);
    const log = [];
    const keep = (text) => {
      log.push(text);
      progress.read(text);
    };
    createInterface({ input: child.stdout }).on('line', keep);
    createInterface({ input: child.stderr }).on('line', keep);
    child.on('error', (error) => fail(`mvn could not run: ${error.message}`));
    child.on('close', (code) => {
      progress.end();
      if (code === 0) return resolve();
      console.error(log.slice(-40).join('\n'));
      fail(`mvn ${args.join(' ')} failed with exit code ${code} (its last 40 lines above)`);
    });
  });
}

async function ensureNeo4jJars() {
  const launcher = path.join(root, 'server', 'neo4j');
  const lib = path.join(launcher, 'lib');
  const stamp = path.join(lib, '.pom-hash');
  const hash = hashOf(['server/neo4j/pom.xml']);
  if (upToDate(stamp, hash)) return false;
  if (!has('java')) aptInstall(['openjdk-17-jre-headless']);
  if (!has('mvn')) aptInstall(['maven']);
  say('fetching the Neo4j Community 5.26 jars through Maven (once; ~118 MB cached in ~/.m2)…');
  await runMaven(
    [
      '-B',
      '-Dstyle.color=never',
      '-f',
      path.join(launcher, 'pom.xml'),
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${lib}`,
    ],
    lib,
  );
  mkdirSync(lib, { recursive: true });
  writeFileSync(stamp, hash);
  say(`Neo4j jars in ${path.relative(root, lib)} (${readdirSync(lib).length - 1} files)`);
}

/** server/dist: the server compiled to JavaScript (scripts/build-server.mjs), what `npm start` and `npm run kb` run. */
async function ensureServerBuilt() {
  const stamp = path.join(root, 'server', 'dist', '.source-hash');
  const hash = hashOf(['server/src', 'scripts/build-server.mjs', 'package-lock.json', 'tsconfig.json']);
  if (upToDate(stamp, hash)) return false;
  say('compiling the server (esbuild, into server/dist)…');
  const { buildServer } = await import('./build-server.mjs');
  await buildServer();
  writeFileSync(stamp, hash);
}

function ensureClientBuilt() {
  const dist = path.join(root, 'client', 'dist');
  const stamp = path.join(root, 'node_modules', '.claimgraph-client-hash');
  const hash = hashOf([
    'client/src',
    'client/public',
    'client/index.html',
    'client/vite.config.ts',
    'package-lock.json',
  ]);
  if (existsSync(path.join(dist, 'index.html')) && upToDate(stamp, hash)) return false;
  say('building the client (vite build)…');
  run('npx', ['vite', 'build', 'client', '--logLevel', 'warn']);
  writeFileSync(stamp, hash);
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return false;
  aptInstall(['chromium']);
}

function ensureJava() {
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0)
    fail('java does not run: install a Java 17 runtime');
  return false;
}

/** Refuses a Node the app cannot run on; warns, on a full setup (start, test), of one it runs on but that is not supported. */
function checkNode(warn) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  const atLeast = ([wantMajor, wantMinor]) => major > wantMajor || (major === wantMajor && minor >= wantMinor);
  if (!atLeast(OLDEST_RUNNING_NODE)) {
    fail(`Node ${process.versions.node} is too old: claimgraph supports Node 22.15+ and 24`);
  }
  if (warn && !atLeast(SUPPORTED_NODE)) {
    say(
      `Node ${process.versions.node} runs claimgraph, but is past its end of life and older than graphql-yoga's ` +
        `dependencies accept (22.15): use Node 22.15+ or 24`,
    );
  }
}

const args = process.argv.slice(2);
const named = args.filter((arg) => !arg.startsWith('--'));
const unknown = named.filter((part) => !PARTS.includes(part));
if (unknown.length > 0) fail(`unknown part ${unknown.join(', ')}: the parts are ${PARTS.join(', ')}`);
const parts = new Set(named.length > 0 ? named : DEFAULT_PARTS);
if (args.includes('--with-browser')) parts.add('browser');

checkNode(named.length === 0);
if (parts.has('packages')) await step('npm packages', ensureNodePackages);
if (parts.has('neo4j')) await step('Neo4j jars', ensureNeo4jJars);
if (parts.has('server')) await step('server build', ensureServerBuilt);
if (parts.has('client')) await step('client build', ensureClientBuilt);
if (parts.has('browser')) await step('Chromium', ensureChromium);
if (parts.has('neo4j')) ensureJava();
