import { describe, expect, it } from 'vitest';
import { justificationWarning, sanitizeJustification } from './justification';

describe('justifications', () => {
  it('warns gently, by type and count, when a reason names a person', () => {
    const warning = justificationWarning('Send the list to ava.dummins0@example.org for the webinar');
    expect(warning).toContain('1 email address');
    expect(warning).not.toContain('ava.dummins0');
  });

  it('stays quiet for a purpose', () => expect(justificationWarning('Quarterly suppression sync, ticket OPS-1422')).toBeNull());

  it('stores a masked, bounded reason', () => {
    expect(sanitizeJustification('  for ava.dummins0@example.org  ')).toBe('for a•••@e•••.org');
    expect(sanitizeJustification('x'.repeat(900))).toHaveLength(500);
  });
});
