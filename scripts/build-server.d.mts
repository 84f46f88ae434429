/** scripts/build-server.mjs: the server's entry points compiled to JavaScript with esbuild. */
export const SERVER_ENTRY_POINTS: { main: string; kb: string; 'assistant-thread.worker': string };
/** Compiles `entryPoints` (name → source file) into `outdir` (server/dist by default), emptied first; resolves to `outdir`. */
export function buildServer(outdir?: string, entryPoints?: Record<string, string>): Promise<string>;
