import { describe, expect, it } from 'vitest';
import { applyPolicyLayer } from './apply-layer';
import { DEFAULT_POLICY } from './defaults';

describe('policy layers', () => {
  it('override what they set and keep the rest', () => {
    const p = applyPolicyLayer(DEFAULT_POLICY, {
      schema: 'confidant-policy/1',
      id: 'team',
      version: 3,
      exports: { action: 'justify', perEsp: { mautic: 'block' } },
      messages: { export: 'Ask Ops first.' },
    });
    expect(p.exports).toEqual({ ...DEFAULT_POLICY.exports, action: 'justify', perEsp: { mautic: 'block' } });
    expect(p.messages.export).toBe('Ask Ops first.');
    expect(p.masking).toEqual(DEFAULT_POLICY.masking);
    expect(p.id).toBe('team');
    expect(DEFAULT_POLICY.exports.action).toBe('warn'); // the defaults are not mutated
  });
});
