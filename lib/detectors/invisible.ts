/**
 * Characters that change how a value is written without changing what it says: zero-width spaces
 * and joiners, soft hyphens and word joiners that pages put inside long addresses so that they can
 * wrap (`ava.dummins@\u200Bexample.org`), the direction marks of right-to-left interfaces, and the thin, narrow and other typographic spaces that
 * number formatters put between digit groups (`(415)\u2009555-0123`). The patterns read neither,
 * so a value holding one was found in part (the rest left readable) or not at all.
 *
 * The detectors see the text with the first kind removed and the second made a plain space; their
 * findings are mapped back to the text as written.
 */
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u2000-\u200a\u202f\u205f\u3000]/;

/** Zero-width spaces and joiners, soft hyphens, word joiners, and the bidirectional marks and isolates right-to-left interfaces put around numbers. */
const isRemoved = (c: number) =>
  c === 0xad ||
  c === 0x61c ||
  (c >= 0x200b && c <= 0x200f) ||
  (c >= 0x202a && c <= 0x202e) ||
  c === 0x2060 ||
  (c >= 0x2066 && c <= 0x2069) ||
  c === 0xfeff;
const isSpace = (c: number) => (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;

export interface VisibleText {
  text: string;
  /** The offset in the text as written of each character of `text`, and its length at the end. */
  written: Int32Array;
}

/** The text as the detectors should read it, or null when it holds none of these characters. */
export function visibleText(text: string): VisibleText | null {
  if (!INVISIBLE.test(text)) return null;
  const written = new Int32Array(text.length + 1);
  let out = '';
  let runStart = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isRemoved(c) && !isSpace(c)) {
      written[n++] = i;
      continue;
    }
    out += text.slice(runStart, i);
    runStart = i + 1;
    if (isSpace(c)) {
      out += ' ';
      written[n++] = i;
    }
  }
  out += text.slice(runStart);
  written[n] = text.length;
  return { text: out, written: written.subarray(0, n + 1) };
}

/** A span of the visible text, as a span of the text as written (characters removed inside it stay inside). */
export function writtenSpan(visible: VisibleText, start: number, end: number): [number, number] {
  const w = visible.written;
  return [w[start] as number, end > start ? (w[end - 1] as number) + 1 : (w[start] as number)];
}
