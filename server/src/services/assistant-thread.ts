import { Worker } from 'node:worker_threads';
import type { KnownClaim } from '../domain/assistant/claim-matcher.js';
import type { Proposal } from '../domain/assistant/propose.js';
import { AssistantThreadStopped, type AssistantHost, type HostedAssistant } from './assistant-host.js';

/**
 * Claims per message while the index's claims are sent to the thread: each message is copied on
 * the server's thread (about 1.5 MB at five texts a claim), so readers' requests run between them
 * instead of waiting for one copy of the whole base.
 */
export const CLAIMS_PER_MESSAGE = 2_000;

type AssistantCall =
  | { op: 'add'; claims: readonly KnownClaim[] }
  | { op: 'build' }
  | { op: 'grow'; claims: readonly KnownClaim[] }
  | { op: 'propose'; text: string };
export type AssistantRequest = AssistantCall & { id: number };
export interface AssistantReply {
  id: number;
  error?: string;
  changedSince?: number;
  proposals?: Proposal[];
}

/**
 * The grading assistant on a thread of its own (assistant-thread.worker.ts), so that building its
 * index (seconds at a million assertions) and proposing (up to a second for a long document) never
 * hold up the server's other requests. The thread keeps one assistant, the latest built or grown;
 * if it stops, every call waiting on it fails with AssistantThreadStopped and the next build starts
 * a new one.
 */
export class AssistantThread implements AssistantHost {
  private worker: Worker | null = null;
  private readonly waiting = new Map<
    number,
    { resolve: (reply: AssistantReply) => void; reject: (e: Error) => void }
  >();
  private nextId = 1;
  /** One build at a time: the claims of two builds must not arrive interleaved. */
  private builds: Promise<unknown> = Promise.resolve();

  build(known: readonly KnownClaim[]): Promise<HostedAssistant> {
    const built = this.builds.then(async () => {
      const worker = this.started();
      for (let at = 0; at < known.length; at += CLAIMS_PER_MESSAGE)
        await this.call(worker, { op: 'add', claims: known.slice(at, at + CLAIMS_PER_MESSAGE) });
      return this.hosted(worker, await this.call(worker, { op: 'build' }));
    });
    this.builds = built.catch(() => {});
    return built;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private hosted(worker: Worker, reply: AssistantReply): HostedAssistant {
    return {
      changedSince: reply.changedSince ?? 0,
      propose: async (text) => (await this.call(worker, { op: 'propose', text })).proposals ?? [],
      withClaims: async (claims) => this.hosted(worker, await this.call(worker, { op: 'grow', claims })),
    };
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerScript());
    // The thread never keeps the process alive: a server that stops does not wait on it.
    worker.unref();
    const stopped = (why: string) => {
      if (this.worker === worker) this.worker = null;
      for (const [id, call] of this.waiting) {
        this.waiting.delete(id);
        call.reject(new AssistantThreadStopped(`the grading assistant's thread stopped: ${why}`));
      }
    };
    worker.on('message', (reply: AssistantReply) => {
      const call = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.error) call?.reject(new Error(reply.error));
      else call?.resolve(reply);
    });
    worker.on('error', (error) => stopped(error.message));
    worker.on('exit', (code) => stopped(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  private call(worker: Worker, request: AssistantCall): Promise<AssistantReply> {
    if (this.worker !== worker)
      return Promise.reject(
        new AssistantThreadStopped("the grading assistant's thread stopped since its index was built"),
      );
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  }
}

/**
 * The worker's script: beside this module once compiled (server/dist, an entry point of its own:
 * scripts/build-server.mjs); from the TypeScript sources (tests, tsx), a module that loads it through tsx.
 */
function workerScript(): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  return new URL(`./assistant-thread.worker.${fromSources ? 'from-sources.mjs' : 'js'}`, import.meta.url);
}
