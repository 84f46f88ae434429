import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { BASES_BY_GRADE } from '../../server/src/domain/grading.js';
import { GRADES, SOURCE_KINDS } from '../../server/src/domain/types.js';
import { buildSchema } from '../../server/src/graphql/schema.js';

const dataSchema = (name: string) =>
  JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'data', name), 'utf8')) as {
    items?: { properties: Record<string, { enum?: string[] }> };
    properties?: Record<string, { enum?: string[] }>;
  };

describe('the rubric has one source: the domain, served by the schema, checked against the data files', () => {
  it('lists every basis of the data files under exactly one grade', () => {
    const bases = dataSchema('assertions.schema.json').items?.properties.basis?.enum ?? [];
    expect(GRADES.flatMap((grade) => BASES_BY_GRADE[grade]).sort()).toEqual([...bases].sort());
  });

  it('offers exactly the source kinds the data files accept', () => {
    expect([...SOURCE_KINDS].sort()).toEqual(
      [...(dataSchema('source.schema.json').properties?.kind?.enum ?? [])].sort(),
    );
  });

  it('serves each grade’s bases as an enum of the GraphQL schema', () => {
    const schema = buildSchema();
    for (const [grade, name] of [
      ['CLINICAL', 'ClinicalBasis'],
      ['PRECLINICAL', 'PreclinicalBasis'],
      ['ANECDOTAL', 'AnecdotalBasis'],
    ] as const) {
      const type = schema.getType(name);
      expect(type).toBeInstanceOf(GraphQLEnumType);
      expect(
        (type as GraphQLEnumType)
          .getValues()
          .map((v) => v.name)
          .sort(),
      ).toEqual([...BASES_BY_GRADE[grade]].sort());
    }
  });
});
