import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';

export class CuratorConfigError extends Error {}

interface CuratorToken {
  curator: string;
  hash: Buffer;
}

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Curator bearer tokens from configuration: `CLAIMGRAPH_CURATOR_TOKENS` ("name:token,name:token")
 * or a file named by `CLAIMGRAPH_CURATOR_TOKENS_FILE` (one "name:token" per line). Only their
 * sha256 is kept; none configured means the base is read-only.
 */
export class CuratorTokens {
  private constructor(private readonly tokens: CuratorToken[]) {}

  static fromEnv(env: NodeJS.ProcessEnv): CuratorTokens {
    const entries: string[] = [];
    if (env.CLAIMGRAPH_CURATOR_TOKENS) entries.push(...env.CLAIMGRAPH_CURATOR_TOKENS.split(','));
    if (env.CLAIMGRAPH_CURATOR_TOKENS_FILE) {
      let text: string;
      try {
        text = readFileSync(env.CLAIMGRAPH_CURATOR_TOKENS_FILE, 'utf8');
      } catch (error) {
        throw new CuratorConfigError(`CLAIMGRAPH_CURATOR_TOKENS_FILE cannot be read: ${(error as Error).message}`);
      }
      entries.push(...text.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#')));
    }
    return new CuratorTokens(entries.map(parseEntry));
  }

  get readOnly(): boolean {
    return this.tokens.length === 0;
  }

  /** The curator a `Authorization: Bearer <token>` header names, or null. Every token is compared, in constant time. */
  curatorFor(authorization: string | null | undefined): string | null {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) return null;
    const presented = sha256(match[1]!);
    let found: string | null = null;
    for (const token of this.tokens) {
      if (timingSafeEqual(presented, token.hash) && found === null) found = token.curator;
    }
    return found;
  }
}

function parseEntry(entry: string): CuratorToken {
  const at = entry.indexOf(':');
  const curator = entry.slice(0, at).trim();
  const token = entry.slice(at + 1).trim();
  if (at <= 0 || !curator || token.length < 16) {
    throw new CuratorConfigError(
      `a curator token entry must be "name:token" with a token of at least 16 characters (got "${curator || entry.trim().slice(0, 8)}…")`,
    );
  }
  return { curator, hash: sha256(token) };
}
