import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CuratorConfigError, CuratorTokens } from '../../server/src/auth/curator-tokens.js';

describe('curator tokens come from configuration', () => {
  const tokens = CuratorTokens.fromEnv({
    CLAIMGRAPH_CURATOR_TOKENS: 'alice:alice-token-0123456789,bob:bob-token-0123456789',
  });

  it('names the curator of a valid bearer token, and nobody for anything else', () => {
    expect(tokens.curatorFor('Bearer alice-token-0123456789')).toBe('alice');
    expect(tokens.curatorFor('bearer bob-token-0123456789')).toBe('bob');
    expect(tokens.curatorFor('Bearer alice-token-012345678')).toBeNull();
    expect(tokens.curatorFor('alice-token-0123456789')).toBeNull();
    expect(tokens.curatorFor(null)).toBeNull();
  });

  it('keeps no token in clear', () => {
    expect(JSON.stringify(tokens)).not.toContain('alice-token');
  });

  it('reads a file named by CLAIMGRAPH_CURATOR_TOKENS_FILE, skipping comments', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'claimgraph-tokens-')), 'tokens');
    writeFileSync(file, '# curators\ncarol:carol-token-0123456789\n');
    expect(
      CuratorTokens.fromEnv({ CLAIMGRAPH_CURATOR_TOKENS_FILE: file }).curatorFor('Bearer carol-token-0123456789'),
    ).toBe('carol');
  });

  it('is read-only when no token is configured', () => {
    const none = CuratorTokens.fromEnv({});
    expect(none.readOnly).toBe(true);
    expect(none.curatorFor('Bearer anything-at-all-0123456789')).toBeNull();
  });

  it('refuses a malformed entry or a short token instead of starting with it', () => {
    expect(() => CuratorTokens.fromEnv({ CLAIMGRAPH_CURATOR_TOKENS: 'alice' })).toThrow(CuratorConfigError);
    expect(() => CuratorTokens.fromEnv({ CLAIMGRAPH_CURATOR_TOKENS: 'alice:short' })).toThrow(/at least 16 characters/);
    expect(() => CuratorTokens.fromEnv({ CLAIMGRAPH_CURATOR_TOKENS_FILE: '/no/such/file' })).toThrow(/cannot be read/);
  });
});
