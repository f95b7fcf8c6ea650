import type { CompiledCustomPattern } from './engine';

export const MAX_CUSTOM_PATTERN = 200;

/** A quantified group that itself contains a quantifier: `(a+)+`, `(\w*x)*`, `(a|aa){2,}`. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[*+]|\{\d+,?\d*\})(?:[^()\\]|\\.)*\)(?:[*+]|\{\d+,\d*\})/;
/** A quantified group with alternatives (`(a|aa)+`): overlapping branches backtrack exponentially. */
const QUANTIFIED_ALTERNATION = /\((?:[^()\\]|\\.)*\|(?:[^()\\]|\\.)*\)(?:[*+]|\{\d+,\d*\})/;
/** Backreferences force backtracking engines into exponential corners. */
const BACKREFERENCE = /\\[1-9]|\\k</;
/** Lookarounds over unbounded text are not needed for ids and are a common way to hide blowups. */
const LOOKAROUND = /\(\?<?[=!]/;

export type CustomPatternCheck = { ok: true; pattern: CompiledCustomPattern } | { ok: false; reason: string };

/**
 * Compiles one policy pattern after refusing what can make a regex super-linear. The rules are
 * conservative on purpose: policy patterns describe ids (`ACME-\d{6}`), not grammars.
 */
export function compileCustomPattern(id: string, source: string): CustomPatternCheck {
  if (source.length === 0 || source.length > MAX_CUSTOM_PATTERN)
    return { ok: false, reason: `pattern must be 1-${MAX_CUSTOM_PATTERN} characters` };
  if (BACKREFERENCE.test(source)) return { ok: false, reason: 'backreferences are not allowed' };
  if (NESTED_QUANTIFIER.test(source)) return { ok: false, reason: 'nested quantifiers are not allowed' };
  if (QUANTIFIED_ALTERNATION.test(source)) return { ok: false, reason: 'quantified alternatives are not allowed' };
  if (LOOKAROUND.test(source)) return { ok: false, reason: 'lookarounds are not allowed' };
  try {
    return { ok: true, pattern: { id, regex: new RegExp(source, 'gu') } };
  } catch (error) {
    return { ok: false, reason: `not a valid pattern: ${error instanceof Error ? error.message.slice(0, 80) : 'syntax'}` };
  }
}

/** Compiles every usable policy pattern; rejected ones are reported by id, never silently dropped. */
export function compileCustomPatterns(patterns: readonly { id: string; pattern: string }[]): {
  compiled: CompiledCustomPattern[];
  rejected: { id: string; reason: string }[];
} {
  const compiled: CompiledCustomPattern[] = [];
  const rejected: { id: string; reason: string }[] = [];
  for (const p of patterns) {
    const result = compileCustomPattern(p.id, p.pattern);
    if (result.ok) compiled.push(result.pattern);
    else rejected.push({ id: p.id, reason: result.reason });
  }
  return { compiled, rejected };
}
