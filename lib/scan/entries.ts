import type { MaskMode } from '../policy/schema';
import type { Finding } from '../detectors/types';

/** One detected value on the page: a live Range over a text node, never a copy of the value. */
export interface MaskEntry {
  node: Text;
  range: Range;
  finding: Finding;
  mode: MaskMode;
  revealed: boolean;
}
