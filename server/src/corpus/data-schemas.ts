import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { repoRoot } from '../config.js';

const schemaDir = path.join(repoRoot, 'schema', 'data');
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export type DataFileKind = 'source' | 'claims' | 'assertions';

function compileAll(): Record<DataFileKind, ValidateFunction> {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  const load = (name: string) => JSON.parse(readFileSync(path.join(schemaDir, name), 'utf8')) as { $id: string };
  ajv.addSchema(load('quote.schema.json'));
  return {
    source: ajv.compile(load('source.schema.json')),
    claims: ajv.compile(load('claims.schema.json')),
    assertions: ajv.compile(load('assertions.schema.json')),
  };
}

let validators: Record<DataFileKind, ValidateFunction> | null = null;

export interface SchemaViolation {
  path: (string | number)[];
  message: string;
}

/** Checks a parsed data file against its JSON Schema in schema/data/. */
export function schemaViolations(kind: DataFileKind, value: unknown): SchemaViolation[] {
  validators ??= compileAll();
  const validate = validators[kind];
  if (validate(value)) return [];
  return (validate.errors ?? []).map(violationOf);
}

function violationOf(error: ErrorObject): SchemaViolation {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties')
    return { path, message: `unknown field "${String(params.additionalProperty)}"` };
  if (error.keyword === 'required') return { path: [...path, String(params.missingProperty)], message: 'is required' };
  if (error.keyword === 'enum')
    return { path, message: `${error.message}: ${(params.allowedValues as unknown[]).join(', ')}` };
  return { path, message: error.message ?? error.keyword };
}
