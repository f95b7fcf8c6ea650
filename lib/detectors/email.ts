import { AT } from './shape';
import { NO_CANDIDATES, defineDetector, type Candidate } from './types';

// Local part and domain as RFC 5322 "dot-atom" subsets that real ESP tables show; the TLD must be
// alphabetic so `@2x.png` and version strings do not match.
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}\b/g;

/** `logo@2x.png` style asset names: their last label is a file extension, not a top-level domain. */
const FILE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'css', 'js'];

const isLocal = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isAlpha = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDomain = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;

/**
 * Whether the letters text[from, to) spell a file extension, in any case. Compared in place: a
 * slice and toLowerCase per address cost more than the rest of the search.
 */
function isFileExtension(text: string, from: number, to: number): boolean {
  const length = to - from;
  return FILE_EXTENSIONS.some((ext) => {
    if (ext.length !== length) return false;
    // ASCII letters only (the caller checked): `| 32` lower-cases them.
    for (let i = 0; i < length; i++) if ((text.charCodeAt(from + i) | 32) !== ext.charCodeAt(i)) return false;
    return true;
  });
}

/**
 * Whether text[from, to) is a domain as EMAIL's: one to eight labels of 1-63 letters, digits or
 * hyphens (not at either end), then an alphabetic top-level domain of 2-24 letters that is not a
 * file extension (`logo@2x.png`; `@media` in CSS has no local part). A character
 * loop: the same check as a regex cost more than finding the address.
 */
function domainOk(text: string, from: number, to: number): boolean {
  let labels = 0;
  let labelStart = from;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 46) continue;
    const length = i - labelStart;
    if (length < 1 || length > 63 || text.charCodeAt(labelStart) === 45 || text.charCodeAt(i - 1) === 45 || ++labels > 8) return false;
    labelStart = i + 1;
  }
  const tld = to - labelStart;
  if (labels < 1 || tld < 2 || tld > 24) return false;
  for (let i = labelStart; i < to; i++) if (!isAlpha(text.charCodeAt(i))) return false;
  return tld > 4 || !isFileExtension(text, labelStart, to);
}

/**
 * A text that is one address and nothing else, in the form most addresses take: no leading dot,
 * no hyphen in the domain. Up to PLAIN_MAX characters the local part (at most 61) and every label
 * are within their limits, so `{1,8}` labels is the only count left to the regex. One anchored
 * regex reads the address at native speed; the character loops in `find` cost three times as
 * much on the sliced strings table cells are.
 */
const PLAIN_ADDRESS = /^[A-Za-z0-9_%+-][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9]+\.){1,8}[A-Za-z]{2,24}$/;
const PLAIN_MAX = 66;

/** The whole text as find's one candidate, when it is a plain address (most email cells). */
function plainAddress(text: string): boolean {
  const end = text.length;
  if (end > PLAIN_MAX || !PLAIN_ADDRESS.test(text)) return false;
  // The top-level domain is letters after the last dot: find that dot among the last five characters.
  for (let tld = 2; tld <= 4; tld++) if (text.charCodeAt(end - tld - 1) === 46) return !isFileExtension(text, end - tld, end);
  return true;
}

/**
 * Finds `@` with indexOf and expands around it: an order of magnitude faster than running the
 * regex over the whole text, which tries a match at every character (docs: benchmarks.md).
 */
function find(text: string): readonly Candidate[] {
  if (plainAddress(text)) return [{ start: 0, end: text.length, patternName: 'email-address', score: 0.9 }];
  let out: Candidate[] | null = null;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && isLocal(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && e - at < 254 && isDomain(text.charCodeAt(e))) e++;
    // A sentence ends with a dot or hyphen: it is not part of the domain.
    while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
    // `mailto:` style prefixes and trailing dots in the local part are not the address.
    while (s < at && text.charCodeAt(s) === 46) s++;
    if (s === at || e === at + 1) continue;
    // The expansion already kept the local part to its 64 allowed characters.
    if (domainOk(text, at + 1, e)) (out ??= []).push({ start: s, end: e, patternName: 'email-address', score: 0.9 });
  }
  return out ?? NO_CANDIDATES;
}

export const email = defineDetector({
  id: 'email',
  gate: { all: AT },
  patterns: [{ name: 'email-address', regex: EMAIL, score: 0.9 }],
  find,
  context: ['email', 'e-mail', 'mail', 'subscriber', 'contact'],
  negativeContext: ['sender', 'from address', 'reply-to'],
  minScore: 0.5,
});
