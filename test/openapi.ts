import { readFileSync } from 'node:fs';

/**
 * A small checker of JSON values against the component schemas of Intercom's published OpenAPI 2.14
 * description (test/fixtures/intercom-openapi-2.14-tickets.json, extracted from
 * github.com/intercom/Intercom-OpenAPI, MIT): types, required, enums, nullable, items, $ref and
 * anyOf/oneOf — what a generated client relies on. Returns every mismatch with its path.
 */
interface Schema {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
  format?: string;
}

const spec = JSON.parse(
  readFileSync(new URL('./fixtures/intercom-openapi-2.14-tickets.json', import.meta.url), 'utf8'),
) as { schemas: Record<string, Schema> };

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function check(value: unknown, schema: Schema, path: string, errors: string[]): void {
  if (schema.$ref) {
    const name = schema.$ref.split('/').at(-1) as string;
    const target = spec.schemas[name];
    if (!target) throw new Error(`schema ${name} is not in the fixture`);
    check(value, target, path, errors);
    return;
  }
  if (value === null) {
    if (!schema.nullable && schema.type !== undefined) errors.push(`${path}: null where ${schema.type} is expected`);
    return;
  }
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    const fits = variants.some((variant) => {
      const found: string[] = [];
      check(value, variant, path, found);
      return found.length === 0;
    });
    if (!fits) errors.push(`${path}: matches none of the allowed shapes`);
    return;
  }
  const actual = typeOf(value);
  if (schema.type && !(schema.type === actual || (schema.type === 'number' && actual === 'integer'))) {
    errors.push(`${path}: ${actual} where ${schema.type} is expected`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value))
    errors.push(`${path}: ${String(value)} is not one of ${schema.enum.join(', ')}`);
  if (schema.format === 'email' && typeof value === 'string' && !value.includes('@'))
    errors.push(`${path}: not an email`);
  if (actual === 'array' && schema.items) {
    for (const [index, item] of (value as unknown[]).entries()) {
      check(item, schema.items as Schema, `${path}[${index}]`, errors);
    }
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${path}.${key}: required`);
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      if (key in record) check(record[key], property, `${path}.${key}`, errors);
    }
    if (typeof schema.additionalProperties === 'object') {
      for (const [key, item] of Object.entries(record)) {
        if (!(key in (schema.properties ?? {}))) check(item, schema.additionalProperties, `${path}.${key}`, errors);
      }
    }
  }
}

/** The mismatches of `value` against the named component schema (e.g. 'ticket'); empty when it fits. */
export function openApiMismatches(schemaName: string, value: unknown): string[] {
  const errors: string[] = [];
  check(value, { $ref: `#/components/schemas/${schemaName}` }, schemaName, errors);
  return errors;
}
