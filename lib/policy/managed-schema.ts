import { toJsonSchema } from '@valibot/to-json-schema';
import { ManagedPolicySchema } from './schema';

/**
 * The managed-storage schema (manifest `storage.managed_schema`), generated from the one policy
 * schema. Chrome reads a subset of JSON Schema: a top-level `object` with `properties` (each one
 * a policy) and no `additionalProperties`; nested objects may use `properties`,
 * `additionalProperties` and `items`; scalars `enum`, `minimum`, `maximum`. Everything else
 * (`$schema`, `const`, `format`, `required`, lengths, patterns) is translated or dropped, so Chrome never refuses the
 * schema; the extension validates values again with the full schema after reading them.
 */
type Json = { [key: string]: unknown };
const KEEP = new Set(['type', 'description', 'title', 'properties', 'additionalProperties', 'items', 'enum', 'minimum', 'maximum']);

function toChrome(node: Json): Json {
  const out: Json = {};
  if ('const' in node) out.enum = [node.const];
  for (const [key, value] of Object.entries(node)) {
    if (!KEEP.has(key)) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as Record<string, Json>).map(([k, child]) => [k, toChrome(child)]));
    } else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) {
      out[key] = toChrome(value as Json);
    } else if (key === 'additionalProperties') {
      // `false` (strict objects) is the default meaning for Chrome's schema anyway; drop it.
      continue;
    } else {
      out[key] = value;
    }
  }
  if (out.type === undefined && Array.isArray(out.enum) && typeof out.enum[0] === 'string') out.type = 'string';
  return out;
}

export function generateManagedSchema(): Json {
  const raw = toJsonSchema(ManagedPolicySchema, { errorMode: 'ignore' }) as Json;
  return toChrome(raw);
}

/** The file as committed in public/: stable key order and a trailing newline. */
export function managedSchemaText(): string {
  return `${JSON.stringify(generateManagedSchema(), null, 2)}\n`;
}
