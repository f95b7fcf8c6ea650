import { cellMayHold, scanCellInto } from '../detectors/index';
import { shapeOf } from '../detectors/shape';
import { labelPlan, lineStarts, placed, type DocumentFinding, type DocumentScanOptions } from './document-findings';

/**
 * Plain text, scanned line by line (inline labels such as "Phone: …" give their own context). A
 * line's shape is read in place; only lines some detector can match are copied out and scanned.
 */
export function scanPlainText(text: string, options: DocumentScanOptions = {}): DocumentFinding[] {
  const starts = lineStarts(text);
  const plan = labelPlan('', options);
  const out: DocumentFinding[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] ?? 0;
    const end = i + 1 < starts.length ? (starts[i + 1] ?? text.length) - 1 : text.length;
    if (end === start) continue;
    const shape = shapeOf(text, start, end);
    if (!cellMayHold(plan, shape, options)) continue;
    const from = out.length;
    const count = scanCellInto(text.slice(start, end), plan, options, shape, out);
    for (let k = from; k < from + count; k++) {
      const f = out[k] as DocumentFinding;
      placed(f, f.start + start, f.end + start, i + 1, f.start + 1, undefined);
    }
  }
  return out;
}
