import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicyFile } from './parse';
import { resolvePolicy } from './resolve';

const dir = path.resolve(import.meta.dirname, '../../policies/examples');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('example policies', () => {
  it('are the three documented ones', () => {
    expect(files.sort()).toEqual(['balanced.json', 'observe-only.json', 'strict.json']);
  });

  it.each(files)('%s validates against the schema and resolves', (file) => {
    const parsed = parsePolicyFile(fs.readFileSync(path.join(dir, file)), Date.parse('2026-12-01T00:00:00Z'));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.message}\n${parsed.details?.join('\n') ?? ''}`);
    expect(parsed.policy.id).toBe(`example-${file.replace('.json', '')}`);
    const resolved = resolvePolicy({ team: { policy: parsed.policy, source: 'file' } });
    expect(resolved.source).toBe('file');
    expect(resolved.policy.id).toBe(parsed.policy.id);
  });

  it('mean what their names say', () => {
    const load = (f: string) => {
      const parsed = parsePolicyFile(fs.readFileSync(path.join(dir, f)), Date.parse('2026-12-01T00:00:00Z'));
      if (!parsed.ok) throw new Error(parsed.message);
      return resolvePolicy({ team: { policy: parsed.policy, source: 'file' } }).policy;
    };
    expect(load('strict.json')).toMatchObject({ exports: { action: 'block' }, campaign: { sendGate: 'block' }, acceptUnsigned: false });
    expect(load('balanced.json').exports.action).toBe('justify');
    const observe = load('observe-only.json');
    expect([observe.exports.action, observe.campaign.sendGate, observe.copyGuard]).toEqual(['observe', 'observe', 'observe']);
  });
});
