import { startApp } from './app.js';
import { loadConfig } from './config.js';

const log = (message: string) => console.log(`[claimgraph] ${message}`);

try {
  const app = await startApp(loadConfig(), log);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  console.error(`[claimgraph] could not start: ${(error as Error).message}`);
  process.exit(1);
}
