import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { printedClientEnums } from '../../server/src/graphql/client-enums.js';
import { printedSchema } from '../../server/src/graphql/schema.js';

describe('the checked-in GraphQL contract', () => {
  it('schema/schema.graphql is what the code generates (run "npm run schema:print" after changing a type)', () => {
    const checkedIn = readFileSync(path.join(repoRoot, 'schema', 'schema.graphql'), 'utf8');
    expect(printedSchema()).toBe(checkedIn);
  });

  it('client/src/schema-enums.ts is what the schema generates (run "npm run schema:print" after changing an enum)', () => {
    const checkedIn = readFileSync(path.join(repoRoot, 'client', 'src', 'schema-enums.ts'), 'utf8');
    expect(printedClientEnums()).toBe(checkedIn);
  });

  it('keeps the names DESIGN.md fixes', () => {
    const sdl = printedSchema();
    expect(sdl).toMatch(/interface Node \{\n\s+id: ID!/);
    expect(sdl).toMatch(/sources\(after: String.*first: Int.*\): SourceConnection!/);
    expect(sdl).toMatch(/type Source implements Node/);
  });
});
