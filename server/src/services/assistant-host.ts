import type { KnownClaim } from '../domain/assistant/claim-matcher.js';
import { GradingAssistant, type Proposal } from '../domain/assistant/propose.js';

/** The grading assistant for one state of the base, wherever it runs. */
export interface HostedAssistant {
  propose(text: string): Promise<Proposal[]>;
  /** The assistant with these claims added or changed (each with all its texts): its index grown, not built again. */
  withClaims(claims: readonly KnownClaim[]): Promise<HostedAssistant>;
  /** How many claims were added or changed since its index was built from the whole base. */
  readonly changedSince: number;
}

/** Where the assistant's index is built and asked: this thread (the CLI, tests), or a thread of its own (the server). */
export interface AssistantHost {
  build(known: readonly KnownClaim[]): Promise<HostedAssistant>;
  close(): Promise<void>;
}

/**
 * The host stopped under a call (its thread died, or was closed): the call failed through no fault of its
 * own, and the caller may build the assistant again and retry.
 */
export class AssistantThreadStopped extends Error {}

/** The assistant on the calling thread: its work blocks that thread while it runs. */
export const inThisThread: AssistantHost = {
  build: async (known) => hosted(new GradingAssistant(known)),
  close: async () => {},
};

function hosted(assistant: GradingAssistant): HostedAssistant {
  return {
    propose: async (text) => assistant.propose(text),
    withClaims: async (claims) => hosted(assistant.withClaims(claims)),
    changedSince: assistant.changedSince,
  };
}
