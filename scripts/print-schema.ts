import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../server/src/config.js';
import { printedSchema } from '../server/src/graphql/schema.js';

const target = path.join(repoRoot, 'schema', 'schema.graphql');
writeFileSync(target, printedSchema());
console.log(`wrote ${path.relative(repoRoot, target)}`);
