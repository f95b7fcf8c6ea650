/**
 * Character references in the text between HTML tags, decoded for the detectors, with the way back:
 * a finding in the decoded text must point at the same characters in the file (`&#39;` is five
 * characters there and one here), or the CLI would quote and mask the wrong ones.
 */
const REFERENCE = /&(#\d+|#x[0-9a-f]+|[a-z]+);/gi;
/**
 * The named references pages use most (a Map: `&constructor;` must not find Object's members).
 * nbsp reads as a plain space, as the detectors expect between words.
 */
const NAMED = new Map<string, string>([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
]);

/** What a numeric reference stands for; out-of-range and surrogate code points read as U+FFFD, as in browsers. */
function codePoint(digits: string, hex: boolean): string {
  const n = hex ? parseInt(digits, 16) : parseInt(digits, 10);
  return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
}

function referenceValue(match: string, body: string): string {
  const named = NAMED.get(body.toLowerCase());
  if (named !== undefined) return named;
  if (body[0] !== '#') return match; // an unknown name stays as written
  const hex = body[1] === 'x' || body[1] === 'X';
  return codePoint(body.slice(hex ? 2 : 1), hex);
}

export class DecodedText {
  /** Where each decoded reference starts and ends, here and in the raw text (ascending). */
  private readonly decodedStart: number[] = [];
  private readonly decodedEnd: number[] = [];
  private readonly rawStart: number[] = [];
  private readonly rawEnd: number[] = [];
  readonly value: string;

  constructor(raw: string) {
    let value = '';
    let last = 0;
    REFERENCE.lastIndex = 0;
    for (let m = REFERENCE.exec(raw); m; m = REFERENCE.exec(raw)) {
      const replacement = referenceValue(m[0], m[1] as string);
      value += raw.slice(last, m.index);
      this.decodedStart.push(value.length);
      this.rawStart.push(m.index);
      value += replacement;
      last = m.index + m[0].length;
      this.decodedEnd.push(value.length);
      this.rawEnd.push(last);
    }
    this.value = value + raw.slice(last);
  }

  /** The raw offset of a decoded one (an offset inside a reference's characters maps to its end). */
  rawOffset(decoded: number): number {
    // The last reference that starts at or before `decoded`.
    let lo = 0;
    let hi = this.decodedStart.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.decodedStart[mid] as number) <= decoded) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return decoded;
    const start = this.decodedStart[k] as number;
    const end = this.decodedEnd[k] as number;
    if (decoded === start) return this.rawStart[k] as number;
    if (decoded < end) return this.rawEnd[k] as number;
    return (this.rawEnd[k] as number) + decoded - end;
  }
}
