import type { PiiType } from './types';

const DOT = '•';

function keepFirst(part: string): string {
  return part.length === 0 ? '' : `${part[0]}${DOT.repeat(3)}`;
}

/**
 * A masked sample that is safe to store and show: `jane@example.com` → `j•••@e•••.com`.
 * It keeps the shape a person needs to recognise a type, never enough to recover the value.
 */
export function maskValue(type: PiiType | 'custom', value: string): string {
  if (type === 'email') {
    const at = value.lastIndexOf('@');
    if (at < 0) return DOT.repeat(3);
    const domain = value.slice(at + 1);
    const dot = domain.lastIndexOf('.');
    const tld = dot >= 0 ? domain.slice(dot) : '';
    return `${keepFirst(value.slice(0, at))}@${keepFirst(dot >= 0 ? domain.slice(0, dot) : domain)}${tld}`;
  }
  const digits = value.replace(/\D/g, '');
  if (digits.length >= 6) return `${DOT.repeat(3)}${digits.slice(-2)}`;
  return keepFirst(value.trim());
}

/** Full mask: the same length class, no characters kept. */
export function fullMask(value: string): string {
  return DOT.repeat(Math.min(Math.max(value.length, 3), 12));
}
