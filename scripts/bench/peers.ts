/**
 * The peers a user could pick instead of Confidant (docs: benchmarks.md), wrapped to one shape:
 * text in, typed spans out. Peers that only redact are aligned back to spans by matching the text
 * between their replacement tokens, line by line.
 */
import { Redactor } from '@redactpii/node';
import { findNumbers } from 'libphonenumber-js/min';
import redactPii from 'redact-pii';
import type { PiiType } from '../../lib/pii/types';

export interface Span {
  start: number;
  end: number;
  type: string;
}

export interface Peer {
  name: string;
  /** Types the peer claims to find, mapped to ours. */
  types: PiiType[];
  run: (text: string) => unknown;
  spans: (text: string) => Span[];
}

const TOKENS: Record<string, PiiType | 'other'> = {
  PERSON_NAME: 'person-name',
  NAME: 'person-name',
  EMAIL_ADDRESS: 'email',
  PHONE_NUMBER: 'phone',
  CREDIT_CARD_NUMBER: 'payment-card',
  US_SOCIAL_SECURITY_NUMBER: 'national-id',
  STREET_ADDRESS: 'postal-address',
  IP_ADDRESS: 'ip-address',
  DIGITS: 'other',
  ZIPCODE: 'other',
  URL: 'other',
  USERNAME: 'other',
  PASSWORD: 'other',
  CREDENTIALS: 'other',
};
const TOKEN_RE = new RegExp(`(${Object.keys(TOKENS).join('|')})`, 'g');

/** Spans from a redacted copy: the literal text between tokens is found in order in the original. */
export function alignRedaction(original: string, redacted: string, base = 0): Span[] {
  const spans: Span[] = [];
  const parts = redacted.split(TOKEN_RE);
  let cursor = 0;
  let pending: string | null = null;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 1) {
      pending ??= part;
      continue;
    }
    const at = part.length === 0 && i === parts.length - 1 ? original.length : original.indexOf(part, cursor);
    if (at < 0) return spans; // alignment lost: stop rather than invent spans
    if (pending !== null && at > cursor) {
      const type = TOKENS[pending] ?? 'other';
      if (type !== 'other') spans.push({ start: base + cursor, end: base + at, type });
    }
    pending = null;
    cursor = at + part.length;
  }
  return spans;
}

function byLine(text: string, redact: (line: string) => string): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line) spans.push(...alignRedaction(line, redact(line), offset));
    offset += line.length + 1;
  }
  return spans;
}

export function peers(): Peer[] {
  const a = new Redactor();
  const b = new redactPii.SyncRedactor();
  return [
    {
      name: '@redactpii/node',
      types: ['email', 'phone', 'payment-card', 'national-id', 'person-name'],
      run: (t) => a.redact(t),
      spans: (t) => byLine(t, (l) => a.redact(l)),
    },
    {
      name: 'redact-pii (SyncRedactor)',
      types: ['email', 'phone', 'payment-card', 'national-id', 'person-name', 'postal-address', 'ip-address'],
      run: (t) => b.redact(t),
      spans: (t) => byLine(t, (l) => b.redact(l)),
    },
    {
      name: 'libphonenumber-js findNumbers',
      types: ['phone'],
      run: (t) => findNumbers(t, { defaultCountry: 'US', v2: true }),
      spans: (t) => findNumbers(t, { defaultCountry: 'US', v2: true }).map((n) => ({ start: n.startsAt, end: n.endsAt, type: 'phone' })),
    },
  ];
}
