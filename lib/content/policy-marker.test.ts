import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type EffectivePolicy } from '../policy/defaults';
import type { FeatureContext } from './feature';
import { policyMarker } from './policy-marker';

describe('policy marker', () => {
  it('marks the page with the policy in force and follows broadcasts', () => {
    const doc = new Window().document as unknown as Document;
    let policy: EffectivePolicy = DEFAULT_POLICY;
    const listeners: ((p: EffectivePolicy) => void)[] = [];
    const controller = new AbortController();
    const ctx = {
      doc,
      policy: () => policy,
      onPolicyChange: (l: (p: EffectivePolicy) => void) => listeners.push(l),
      signal: controller.signal,
    } as unknown as FeatureContext;
    policyMarker(ctx);
    expect(doc.documentElement.getAttribute('data-confidant-policy-id')).toBe('builtin-defaults');
    expect(doc.documentElement.getAttribute('data-confidant-policy-version')).toBe('0');
    policy = { ...DEFAULT_POLICY, id: 'acme', version: 4 };
    for (const l of listeners) l(policy);
    expect(doc.documentElement.getAttribute('data-confidant-policy-id')).toBe('acme');
    expect(doc.documentElement.getAttribute('data-confidant-policy-version')).toBe('4');
    controller.abort();
    expect(doc.documentElement.hasAttribute('data-confidant-policy-id')).toBe(false);
  });
});
