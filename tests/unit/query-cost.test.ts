import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isEnumType, parse, typeFromAST, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { buildSchema } from '../../server/src/graphql/schema.js';
import { QUERY_LIMITS, queryCost } from '../../server/src/graphql/limits.js';

const schema = buildSchema();

/** Every operation the browser client can send: the documents its modules export. */
async function clientOperations(): Promise<[string, DocumentNode][]> {
  const dir = path.join(repoRoot, 'client', 'src');
  // Pages and components hold the documents; main.tsx renders into the DOM when imported.
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /^(pages|components)\/.*\.tsx?$/.test(f),
  );
  const operations: [string, DocumentNode][] = [];
  for (const file of files) {
    const module = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      const document = value as DocumentNode;
      if (document?.kind === 'Document' && document.definitions.some((d) => d.kind === 'OperationDefinition'))
        operations.push([`${file} ${name}`, document]);
    }
  }
  return operations;
}

/** Values for an operation's variables, as the browser would send them: pages at their largest. */
function sampleVariables(document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never);
    const named =
      type && 'ofType' in type ? (type.ofType as { name: string }).name : (type as { name: string } | undefined)?.name;
    const namedType = named ? schema.getType(named) : undefined;
    const name = definition.variable.name.value;
    if (name === 'first') variables[name] = 200;
    else if (namedType && isEnumType(namedType)) variables[name] = namedType.getValues()[0]!.value;
    else if (named === 'Int') variables[name] = 1;
    else if (named === 'ID' || named === 'String') variables[name] = 'x';
    else if (named === 'Boolean') variables[name] = true;
    else variables[name] = {};
  }
  return variables;
}

describe('the cost of a query, counted along its lists', () => {
  it('lets every query the browser sends through', async () => {
    const operations = await clientOperations();
    const queries = operations.filter(([, document]) =>
      document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'query'),
    );
    expect(queries.length).toBeGreaterThan(10);
    for (const [name, document] of queries) {
      expect(queryCost(schema, document, sampleVariables(document)), name).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
    }
  });

  it('lets the heaviest documented query through: 200 claims with every assertion, quote and source', () => {
    const heaviest = parse(`{ claims(first: 200) { edges { node {
      slug statement topics consensus { status supporting contradicting qualifying bestGrade gradeConflict } conflictsWith { slug }
      assertions { stance grade basis hedged cited overreach quote { exact prefix suffix } source { title kind jama { authorship { met } } } }
    } } } }`);
    expect(queryCost(schema, heaviest, {})).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
  });

  it('refuses lists nested in lists, which would multiply the work, even when each level is small', () => {
    const nested = parse(
      `{ claims(first: 200) { edges { node { assertions { source { assertions { claim { assertions { source { title text } } } } } } } } } }`,
    );
    expect(queryCost(schema, nested, {})).toBeGreaterThan(QUERY_LIMITS.maxCost);
  });

  it('counts a page by its size: the same query costs more at 200 than at 10', () => {
    const page = parse(
      `query ($first: Int) { claims(first: $first) { edges { node { slug assertions { stance } } } } }`,
    );
    expect(queryCost(schema, page, { first: 200 })).toBeGreaterThan(10 * queryCost(schema, page, { first: 10 }));
  });
});
