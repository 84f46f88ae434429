#!/usr/bin/env node
// Installs whatever a fresh clone is missing, and nothing twice: npm packages, the jars of the
// embedded Neo4j (through Maven), the built client and, with --with-browser, Debian's Chromium.
// Node built-ins only: it runs before node_modules exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const withBrowser = process.argv.includes('--with-browser');
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
  if (upToDate(stamp, hash)) return;
  // Not `npm ci`: the registry served here lacks some other platforms' optional binaries (rollup's),
  // which the lock therefore cannot list, and `npm ci` refuses such a lock; `npm install` keeps it as it is.
  say('installing npm packages (npm install from the lock)…');
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  writeFileSync(stamp, hash);
}

function ensureNeo4jJars() {
  const launcher = path.join(root, 'server', 'neo4j');
  const lib = path.join(launcher, 'lib');
  const stamp = path.join(lib, '.pom-hash');
  const hash = hashOf(['server/neo4j/pom.xml']);
  if (upToDate(stamp, hash)) return;
  if (!has('java')) aptInstall(['openjdk-17-jre-headless']);
  if (!has('mvn')) aptInstall(['maven']);
  say('fetching the Neo4j Community 5.26 jars from Maven Central (once; cached in ~/.m2)…');
  run('mvn', [
    '-q',
    '-B',
    '-Dstyle.color=never',
    '-f',
    path.join(launcher, 'pom.xml'),
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${lib}`,
  ]);
  mkdirSync(lib, { recursive: true });
  writeFileSync(stamp, hash);
  say(`Neo4j jars in ${path.relative(root, lib)} (${readdirSync(lib).length - 1} files)`);
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
  if (existsSync(path.join(dist, 'index.html')) && upToDate(stamp, hash)) return;
  say('building the client (vite build)…');
  run('npx', ['vite', 'build', 'client', '--logLevel', 'warn']);
  writeFileSync(stamp, hash);
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  aptInstall(['chromium']);
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19))
  fail(`Node ${process.versions.node} is too old: claimgraph needs Node 20.19 or newer`);
ensureNodePackages();
ensureNeo4jJars();
ensureClientBuilt();
if (withBrowser) ensureChromium();
try {
  execFileSync('java', ['-version'], { stdio: 'ignore' });
} catch {
  fail('java does not run: install a Java 17 runtime');
}
