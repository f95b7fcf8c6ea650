import { DIALECT_LIST, type Dialect } from './dialects/index';
import { generic } from './dialects/generic';

/**
 * Guesses the ESP from the merge tags in a template (`--esp auto`): the dialect with the most
 * distinct signatures found wins; none found gives `generic`. Comments are not stripped here:
 * callers pass visible text and attribute values.
 */
export function detectDialect(haystack: string): Dialect {
  let best: Dialect = generic;
  let bestScore = 0;
  for (const dialect of DIALECT_LIST) {
    let score = 0;
    for (const sig of [...dialect.signatures, ...dialect.unsubscribe.map((t) => t.re)]) if (sig.test(haystack)) score++;
    if (dialect.id === 'campaign-monitor') score = dialect.signatures.some((s) => s.test(haystack)) ? score : 0;
    if (score > bestScore) {
      best = dialect;
      bestScore = score;
    }
  }
  return best;
}
