import { generateCorpus } from './tests/corpus/generate';
import { DETECTORS } from './lib/detectors/index';
import { runDetector } from './lib/detectors/engine';
import { scanDocument } from './lib/scan/scan-document';
const docs = generateCorpus(1, 1_000_000);
const text = docs.map((d) => d.content).join('\n');
console.log('bytes', text.length);
for (const [id, det] of Object.entries(DETECTORS)) {
  const t0 = performance.now();
  const n = runDetector(det, text, {}).length;
  console.log(id.padEnd(18), (performance.now() - t0).toFixed(1), 'ms', n);
}
let t0 = performance.now();
let n = 0; for (const d of docs) n += scanDocument(d.name, d.content).length;
console.log('scanDocument', (performance.now() - t0).toFixed(1), n);
