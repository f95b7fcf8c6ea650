import { generateCorpus } from './tests/corpus/generate';
import { evaluate } from './tests/corpus/evaluate';
import { scanDocument } from './lib/scan/scan-document';
for (const seed of [1, 2]) {
  const docs = generateCorpus(seed, 300_000);
  const t0 = performance.now();
  const misses: string[] = [];
  const s = evaluate(docs, (d) => {
    const f = scanDocument(d.name, d.content, { ipOptIn: false });
    if (seed === 1) {
      for (const t of d.spans) if (!f.some((x) => x.type === t.type && x.start < t.end && t.start < x.end)) misses.push(`FN ${t.type}: ${d.content.slice(t.start, t.end)}`);
      for (const x of f) if (!d.spans.some((t) => x.type === t.type && x.start < t.end && t.start < x.end)) misses.push(`FP ${x.type}: ${JSON.stringify(d.content.slice(Math.max(0,x.start-20), x.end+5))} [${d.content.slice(x.start,x.end)}]`);
    }
    return f;
  });
  console.log('seed', seed, (performance.now() - t0).toFixed(0), 'ms');
  for (const [k, x] of Object.entries(s)) console.log(k.padEnd(18), x.tp, x.fp, x.fn, x.precision.toFixed(3), x.recall.toFixed(3));
  const counts = new Map<string, number>();
  for (const m of misses) counts.set(m, (counts.get(m) ?? 0) + 1);
  console.log([...new Set(misses)].slice(0, 40).join('\n'));
}
