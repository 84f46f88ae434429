// The assistant's thread when the server runs from its TypeScript sources (tests, tsx): TypeScript
// loading is registered on this thread first (a worker gets no loader from its parent's --import).
import { register } from 'tsx/esm/api';

register();
await import('./assistant-thread.worker.ts');
