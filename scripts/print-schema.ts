import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../server/src/config.js';
import { printedClientEnums } from '../server/src/graphql/client-enums.js';
import { printedSchema } from '../server/src/graphql/schema.js';

for (const [file, text] of [
  ['schema/schema.graphql', printedSchema()],
  ['client/src/schema-enums.ts', printedClientEnums()],
] as const) {
  writeFileSync(path.join(repoRoot, file), text);
  console.log(`wrote ${file}`);
}
