import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateManagedSchema, managedSchemaText } from './managed-schema';

const committed = path.resolve(import.meta.dirname, '../../public/managed_schema.json');
const CHROME_KEYWORDS = new Set([
  'type',
  'description',
  'title',
  'properties',
  'additionalProperties',
  'items',
  'enum',
  'minimum',
  'maximum',
]);

type Json = { [key: string]: unknown };
function* nodes(node: Json, at = '$'): Generator<[string, Json]> {
  yield [at, node];
  for (const [k, child] of Object.entries((node.properties as Record<string, Json>) ?? {})) yield* nodes(child, `${at}.${k}`);
  if (typeof node.items === 'object') yield* nodes(node.items as Json, `${at}[]`);
  if (typeof node.additionalProperties === 'object') yield* nodes(node.additionalProperties as Json, `${at}.*`);
}

describe('generated managed-storage schema', () => {
  const schema = generateManagedSchema();

  it('is what public/managed_schema.json holds (run npm run gen:managed-schema when this fails)', () => {
    expect(fs.readFileSync(committed, 'utf8')).toBe(managedSchemaText());
  });

  it('follows Chrome rules: a top-level object of properties with no additionalProperties', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema).not.toHaveProperty('$schema');
  });

  it('uses only keywords Chrome understands, and every node has a type', () => {
    for (const [at, node] of nodes(schema)) {
      for (const key of Object.keys(node)) expect(CHROME_KEYWORDS.has(key), `${at} uses ${key}`).toBe(true);
      expect(['object', 'array', 'string', 'integer', 'number', 'boolean'], `${at} type`).toContain(node.type);
    }
  });

  it('has one property per policy field, typed from the valibot schema', () => {
    const props = schema.properties as Record<string, Json>;
    expect(Object.keys(props)).toEqual(
      expect.arrayContaining(['masking', 'revealRequiresReason', 'detection', 'exports', 'campaign', 'copyGuard', 'training', 'audit']),
    );
    expect(Object.keys(props)).toEqual(
      expect.arrayContaining(['selfHostedHosts', 'selectorOverrides', 'messages', 'acceptUnsigned', 'trustedKeys']),
    );
    const exportsProps = props.exports?.properties as Record<string, Json>;
    expect(exportsProps.action).toEqual({ type: 'string', enum: ['off', 'observe', 'warn', 'justify', 'block'] });
    expect(exportsProps.perEsp?.additionalProperties).toMatchObject({ enum: ['off', 'observe', 'warn', 'justify', 'block'] });
    expect(props.audit?.properties).toMatchObject({ retentionDays: { type: 'integer', minimum: 1, maximum: 3650 } });
    const key = (props.trustedKeys?.items as Json).properties as Record<string, Json>;
    expect(key.jwk).toMatchObject({ type: 'object', additionalProperties: { type: 'string' } });
  });
});
