import { startApp, type RunningApp } from './app.js';
import { loadConfig } from './config.js';

const log = (message: string) => console.log(`[claimgraph] ${message}`);

// Signals are heard from the start: one that comes while Neo4j starts or data/ loads stops the app
// as soon as it is up (an embedded Neo4j also stops when this process's pipe to it closes).
let app: RunningApp | null = null;
let stopping: string | null = null;
const stop = () => {
  log(`${stopping}: stopping`);
  (app ? app.stop() : Promise.resolve()).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = signal;
  if (app) stop();
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));

try {
  app = await startApp(loadConfig(), log);
  if (stopping) stop();
} catch (error) {
  console.error(`[claimgraph] could not start: ${(error as Error).message}`);
  process.exit(1);
}
