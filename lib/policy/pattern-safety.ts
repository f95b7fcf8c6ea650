/**
 * Custom patterns come from a policy and run on every ESP page, so a pattern must never be able to
 * hang a tab (catastrophic backtracking). Rather than time a pattern (which cannot be done safely
 * inside a page), we accept only a conservative subset of regex syntax whose worst case stays
 * polynomial and small. Returns a sentence saying what is wrong, or null when the pattern is safe.
 */
export const PATTERN_LIMITS = { maxLength: 200, maxQuantifiers: 12, maxRepeat: 100 } as const;

const FORBIDDEN: [RegExp, string][] = [
  [/\\[1-9]/, 'backreferences (\\1…\\9) are not allowed'],
  [/\\k</, 'named backreferences (\\k<…>) are not allowed'],
  [/\(\?<[=!]/, 'lookbehind ((?<= …) / (?<! …)) is not allowed'],
  [/\(\?[=!]/, 'lookahead ((?= …) / (?! …)) is not allowed'],
];

interface Group {
  /** The group holds a repeating quantifier or an alternation: repeating it again can backtrack exponentially. */
  risky: boolean;
}

/** Reads a quantifier at i; returns its length and whether it repeats (more than once). */
function readQuantifier(src: string, i: number): { length: number; repeats: boolean; max: number } | null {
  const c = src[i];
  if (c === '*' || c === '+') return { length: src[i + 1] === '?' ? 2 : 1, repeats: true, max: Infinity };
  if (c === '?') return { length: src[i + 1] === '?' ? 2 : 1, repeats: false, max: 1 };
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}\??/.exec(src.slice(i));
    if (!m) return null;
    const max = m[2] === undefined ? Number(m[1]) : m[3] === '' || m[3] === undefined ? Infinity : Number(m[3]);
    return { length: m[0].length, repeats: max > 1, max };
  }
  return null;
}

export function patternProblem(src: string): string | null {
  if (src.length === 0) return 'the pattern is empty';
  if (src.length > PATTERN_LIMITS.maxLength) return `the pattern is longer than ${PATTERN_LIMITS.maxLength} characters`;
  try {
    new RegExp(src, 'u');
  } catch (error) {
    return `the pattern does not compile: ${error instanceof Error ? error.message : String(error)}`;
  }
  for (const [re, message] of FORBIDDEN) if (re.test(src)) return message;

  const stack: Group[] = [{ risky: false }];
  let quantifiers = 0;
  /** Whether the atom just closed was a risky group (only a group's closing paren sets it). */
  let lastAtomRiskyGroup = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    const top = stack[stack.length - 1] as Group;
    if (c === '\\') {
      i++; // an escaped character is one atom
      lastAtomRiskyGroup = false;
      continue;
    }
    if (c === '[') {
      // Skip a character class; inside it quantifier characters are literal.
      i++;
      if (src[i] === '^') i++;
      if (src[i] === ']') i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      lastAtomRiskyGroup = false;
      continue;
    }
    if (c === '(') {
      stack.push({ risky: false });
      lastAtomRiskyGroup = false;
      continue;
    }
    if (c === ')') {
      const closed = stack.pop() as Group;
      lastAtomRiskyGroup = closed.risky;
      // A risky group makes its parent risky too: ((a+)b)+ nests just as badly.
      const parent = stack[stack.length - 1];
      if (parent && closed.risky) parent.risky = true;
      continue;
    }
    if (c === '|') {
      top.risky = true;
      lastAtomRiskyGroup = false;
      continue;
    }
    const q = readQuantifier(src, i);
    if (q) {
      quantifiers++;
      if (quantifiers > PATTERN_LIMITS.maxQuantifiers) return `the pattern has more than ${PATTERN_LIMITS.maxQuantifiers} quantifiers`;
      if (q.max !== Infinity && q.max > PATTERN_LIMITS.maxRepeat) return `a counted repeat is above ${PATTERN_LIMITS.maxRepeat}`;
      if (q.repeats && lastAtomRiskyGroup) {
        return 'nested quantifiers or a repeated alternation (like (a+)+ or (a|b)*) are not allowed: they can hang a page';
      }
      if (q.repeats) top.risky = true;
      i += q.length - 1;
      lastAtomRiskyGroup = false;
      continue;
    }
    lastAtomRiskyGroup = false;
  }
  return null;
}
