import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../server/src/config.js';

const CLIENT_SOURCES = path.join(repoRoot, 'client', 'src');
// const Name = graphql(`…`, [FragmentA, FragmentB]);  (gql.tada, see client/src/graphql.ts), a trailing comma as Prettier wraps it
const DOCUMENT_CONSTANT = /const (\w+) = graphql\(\s*`([^`]*)`\s*(?:,\s*\[([\w\s,]*)\]\s*)?,?\s*\)/g;

interface ClientDocument {
  text: string;
  fragments: string[];
}

function clientDocuments(): Map<string, ClientDocument> {
  const documents = new Map<string, ClientDocument>();
  for (const file of readdirSync(CLIENT_SOURCES, { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(file)) continue;
    for (const [, name, text, fragments] of readFileSync(path.join(CLIENT_SOURCES, file), 'utf8').matchAll(
      DOCUMENT_CONSTANT,
    )) {
      documents.set(name!, {
        text: text!,
        fragments: (fragments ?? '')
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean),
      });
    }
  }
  return documents;
}

/**
 * The GraphQL the browser sends for the client document `name` (a `graphql()` constant of
 * client/src), followed by each fragment it uses once, as gql.tada puts them together. Read from
 * the client itself, so a load test sends what the pages ask for today, not a copy that drifts.
 */
export function browserQuery(name: string): string {
  const documents = clientDocuments();
  const included = new Set<string>();
  const expand = (constant: string): string => {
    const document = documents.get(constant);
    if (!document) throw new Error(`no graphql() constant ${constant} in client/src`);
    const fragments = document.fragments.filter((f) => !included.has(f));
    for (const f of fragments) included.add(f);
    return [document.text, ...fragments.map(expand)].join('\n');
  };
  return expand(name);
}
