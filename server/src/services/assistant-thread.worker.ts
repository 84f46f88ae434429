import { parentPort } from 'node:worker_threads';
import type { KnownClaim } from '../domain/assistant/claim-matcher.js';
import { GradingAssistant } from '../domain/assistant/propose.js';
import type { AssistantRequest, AssistantReply } from './assistant-thread.js';

/**
 * The grading assistant's thread (see AssistantThread): it keeps the assistant built from the claims
 * the server sends, grows it, and proposes; one message at a time, in the order sent.
 */
const port = parentPort!;
let arriving: KnownClaim[] = [];
let assistant: GradingAssistant | null = null;

function answer(request: AssistantRequest): Omit<AssistantReply, 'id'> {
  switch (request.op) {
    case 'add':
      for (const claim of request.claims) arriving.push(claim);
      return {};
    case 'build':
      assistant = new GradingAssistant(arriving);
      arriving = [];
      return { changedSince: assistant.changedSince };
    case 'grow':
      assistant = built().withClaims(request.claims);
      return { changedSince: assistant.changedSince };
    case 'propose':
      return { proposals: built().propose(request.text) };
  }
}

function built(): GradingAssistant {
  if (!assistant) throw new Error('the assistant thread has no index built');
  return assistant;
}

port.on('message', (request: AssistantRequest) => {
  let reply: AssistantReply;
  try {
    reply = { id: request.id, ...answer(request) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
