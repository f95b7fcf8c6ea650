/**
 * The blind corpus: a second, independent labelled corpus of ESP-shaped data (CSV exports, saved dashboard
 * pages, plain-text notes) to measure how the PII detectors generalise.
 *
 * WRITTEN BLIND: the author did not read the detectors (lib/), the first corpus (tests/corpus/generate.ts,
 * values.ts) or the detector test cases, and did not run the detectors. Only tests/corpus/prng.ts (the seeded
 * PRNG) and lib/pii/types.ts (the type names) were read. The labelling conventions are in README.md.
 *
 * Deterministic per seed: the same seed gives the same documents, on every machine.
 */
import { Rng } from '../corpus/prng';
import type { CorpusDoc, PlantedDoc } from './builder';
import { makeCsv } from './csv';
import { makeHtml } from './html';
import { makeText } from './text';

export type { CorpusDoc, PlantedDoc, PlantedSpan, Span } from './builder';

export const BLIND_TUNING_SEED = 11;
export const BLIND_HELD_OUT_SEED = 12;

type Kind = 'csv' | 'html' | 'txt';

/** Target share of characters per kind. */
const SHARE: Record<Kind, number> = { csv: 0.4, html: 0.5, txt: 0.1 };

/** Picks the kind furthest below its share (ties and the first document: at random). */
function nextKind(rng: Rng, sizes: Record<Kind, number>, total: number): Kind {
  const kinds: readonly Kind[] = ['csv', 'html', 'txt'];
  if (total === 0) return rng.pick(kinds);
  let best: Kind = 'csv';
  let bestDeficit = -Infinity;
  for (const k of kinds) {
    const deficit = SHARE[k] - sizes[k] / total + rng.float() * 0.02;
    if (deficit > bestDeficit) {
      best = k;
      bestDeficit = deficit;
    }
  }
  return best;
}

/** Documents with what the generator knows about each span (a phone's country), for self-checks. */
export function generateBlindCorpusPlanted(seed: number, bytes = 200_000): PlantedDoc[] {
  const rng = new Rng(seed);
  const docs: PlantedDoc[] = [];
  const sizes: Record<Kind, number> = { csv: 0, html: 0, txt: 0 };
  let total = 0;
  while (total < bytes) {
    const kind = nextKind(rng, sizes, total);
    const made = kind === 'csv' ? makeCsv(rng, rng.int(2000, 7000)) : kind === 'html' ? makeHtml(rng, rng.int(3500, 9000)) : makeText(rng);
    const doc = made.doc(`blind-${String(docs.length + 1).padStart(3, '0')}-${made.stem}`);
    docs.push(doc);
    sizes[kind] += doc.content.length;
    total += doc.content.length;
  }
  return docs;
}

/** The blind corpus: documents until about `bytes` characters, deterministic per seed. */
export function generateBlindCorpus(seed: number, bytes = 200_000): CorpusDoc[] {
  return generateBlindCorpusPlanted(seed, bytes).map((d) => ({
    name: d.name,
    content: d.content,
    spans: d.spans.map(({ start, end, type }) => ({ start, end, type })),
  }));
}
