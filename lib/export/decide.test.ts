import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type EffectivePolicy } from '../policy/defaults';
import { decideExport, decisionOf, explainVerdict } from './decide';

const exportsPolicy = (over: Partial<EffectivePolicy['exports']> = {}) => ({ ...DEFAULT_POLICY.exports, ...over });
const facts = { esp: 'mailchimp', exportsToday: 0, lessonPassed: true, optedOut: false };

describe('export decisions', () => {
  it.each([
    [{ action: 'observe' as const }, facts, 'observe', []],
    [{ action: 'warn' as const }, facts, 'warn', ['policy']],
    [{ action: 'warn' as const, perEsp: { mailchimp: 'block' as const } }, facts, 'block', ['policy']],
    [{ action: 'block' as const, perEsp: { mailchimp: 'off' as const } }, facts, 'off', []],
    [{ action: 'observe' as const }, { ...facts, optedOut: true }, 'warn', ['opted-out']],
    [{ action: 'observe' as const, flagUnsubscribed: false }, { ...facts, optedOut: true }, 'observe', []],
    [{ action: 'justify' as const }, { ...facts, optedOut: true }, 'justify', ['policy', 'opted-out']],
    [{ action: 'warn' as const, dailyLimit: 2 }, { ...facts, exportsToday: 2 }, 'block', ['policy', 'daily-limit']],
    [{ action: 'warn' as const, dailyLimit: 2 }, { ...facts, exportsToday: 1 }, 'warn', ['policy']],
    [{ action: 'observe' as const, requiredLesson: 'exports-101' }, { ...facts, lessonPassed: false }, 'block', ['required-lesson']],
    [{ action: 'observe' as const, requiredLesson: 'exports-101' }, facts, 'observe', []],
  ])('%o with %o → %s', (policy, f, action, reasons) => {
    expect(decideExport(exportsPolicy(policy), f)).toEqual({ action, reasons });
  });

  it.each([
    ['warn', true, 'warned'],
    ['justify', true, 'justified'],
    ['warn', false, 'blocked'],
    ['block', true, 'blocked'],
    ['observe', true, 'observed'],
  ] as const)('%s, proceeded %s → %s', (action, proceeded, decision) => expect(decisionOf(action, proceeded)).toBe(decision));

  it("puts the policy's own words first", () => {
    const policy = {
      ...DEFAULT_POLICY,
      messages: { export: 'ACME: exports need a ticket number.' },
      exports: exportsPolicy({ dailyLimit: 3 }),
    };
    const lines = explainVerdict({ action: 'block', reasons: ['policy', 'daily-limit'] }, policy, 3);
    expect(lines[0]).toBe('ACME: exports need a ticket number.');
    expect(lines[1]).toContain('3 exports a day');
  });
});
