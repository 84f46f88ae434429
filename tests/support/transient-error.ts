// eslint-disable-next-line no-restricted-imports -- a test fault: the driver's own error type, so its retry logic treats it as a real deadlock
import { Neo4jError } from 'neo4j-driver';

/** What Neo4j answers when two transactions wait on each other's locks: retriable, as the driver knows. */
export function deadlockDetected(): Error {
  return new Neo4jError(
    'injected by the test: a deadlock was detected while waiting for a lock',
    'Neo.TransientError.Transaction.DeadlockDetected',
    '50N42',
    'error: general processing exception - unexpected error',
  );
}
