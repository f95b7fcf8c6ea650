import type { Policy } from './schema';

/** A small valid policy for tests; override any field. */
export function samplePolicy(overrides: Partial<Policy> = {}): Policy {
  return {
    schema: 'confidant-policy/1',
    id: 'acme-marketing',
    version: 2,
    masking: { email: 'full' },
    exports: { action: 'justify' },
    ...overrides,
  };
}

export const policyText = (overrides: Partial<Policy> = {}) => JSON.stringify(samplePolicy(overrides), null, 2);
