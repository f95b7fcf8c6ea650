import * as v from 'valibot';
import { ManagedPolicySchema, UserPolicySchema, describeIssues, type ManagedPolicy, type UserPolicy } from './schema';

/**
 * Managed storage and the user's settings are read key by key: one bad value (Chrome already drops
 * wrong types; a custom pattern may still be unsafe) must not throw away the rest of the layer.
 */
export interface Sanitized<T> {
  value: T;
  problems: string[];
}

function sanitize<T>(entries: Record<string, v.GenericSchema>, raw: unknown): Sanitized<T> {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { value: out as T, problems };
  for (const [key, value] of Object.entries(raw)) {
    const schema = entries[key];
    if (!schema) {
      problems.push(`${key}: not a policy setting`);
      continue;
    }
    const parsed = v.safeParse(schema, value);
    if (parsed.success) {
      if (parsed.output !== undefined) out[key] = parsed.output;
    } else {
      problems.push(
        ...describeIssues(parsed.issues).map((line) =>
          line.startsWith('(top level)') ? line.replace('(top level)', key) : `${key}.${line}`,
        ),
      );
    }
  }
  return { value: out as T, problems };
}

export const sanitizeManaged = (raw: unknown) => sanitize<ManagedPolicy>(ManagedPolicySchema.entries, raw);
export const sanitizeUser = (raw: unknown) => sanitize<UserPolicy>(UserPolicySchema.entries, raw);
