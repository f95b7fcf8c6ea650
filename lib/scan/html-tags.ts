/**
 * Reads the markup at a `<` in an HTML file, in one forward pass: a start or end tag (to its `>`,
 * skipping `>` inside quoted attribute values), a comment, a doctype or processing instruction. A
 * regex over the attributes ran per character and was most of what scanning a saved page cost; a
 * `<` that starts no markup ("a < b", a CDATA section) is text. Markup with no end (an unclosed
 * comment, tag or quoted value) is reported as `unterminated`: a browser hides the rest of the
 * file, but the scanner reads it as text, so a stray quote cannot hide the data after it. No `<` is
 * read twice: linear on hostile input.
 */
export class TagReader {
  /**
   * The tag's name, lower-case, when it is one of the names the reader was made for; OTHER_TAG for
   * any other tag; '' for a comment, doctype or processing instruction. Names are matched in place,
   * not copied out: a saved page has a tag every twenty characters or so.
   */
  name = '';
  /** The bits the caller gave the name (0 for OTHER_TAG and comments). */
  kind = 0;
  closing = false;
  /** Where the markup ends (just past its `>`); the end of the file when `unterminated`. */
  end = 0;
  /** The markup has no end: no `>`, `-->` or closing quote before the end of the file. */
  unterminated = false;
  private readonly known = new Map<number, { name: string; kind: number }>();

  /** `kinds`: the lower-case tag names the caller tells apart, each with its own bits. */
  constructor(kinds: Readonly<Record<string, number>>) {
    for (const [name, kind] of Object.entries(kinds)) {
      const hash = nameHash(name, 0, name.length);
      // One name per hash, so a hash match has one name to confirm (fails at load, in every test run).
      const other = this.known.get(hash);
      if (other) throw new Error(`TagReader: ${name} and ${other.name} share a hash; change nameHash`);
      this.known.set(hash, { name, kind });
    }
  }

  /** Reads the markup starting at `at` (a `<`); false when it is text. */
  read(html: string, at: number): boolean {
    const next = html.charCodeAt(at + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      // CDATA is text in the XHTML and SVG that pages embed.
      if (html.startsWith('![CDATA[', at + 1)) return false;
      this.name = '';
      this.kind = 0;
      this.closing = false;
      this.setEnd(html.startsWith('!--', at + 1) ? after(html, '-->', at + 4) : after(html, '>', at + 2), html);
      return true;
    }
    this.closing = next === 47; /* / */
    const nameStart = this.closing ? at + 2 : at + 1;
    const first = html.charCodeAt(nameStart);
    if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) return false;
    const nameEnd = nameEndAt(html, nameStart);
    const known = this.known.get(nameHash(html, nameStart, nameEnd));
    if (known !== undefined && sameName(html, nameStart, nameEnd, known.name)) {
      this.name = known.name;
      this.kind = known.kind;
    } else {
      this.name = OTHER_TAG;
      this.kind = 0;
    }
    this.setEnd(attributesEnd(html, nameEnd), html);
    return true;
  }

  private setEnd(end: number, html: string): void {
    this.end = end < 0 ? html.length : end;
    this.unterminated = end < 0;
  }
}

/** The name of any tag the reader was not made for. */
export const OTHER_TAG = '*';

/** Name characters after the first letter, as the old pattern had them: letters, digits, `_`, `:` and `-`. */
const NAME_CHAR = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:-') NAME_CHAR[c.charCodeAt(0)] = 1;

function nameEndAt(html: string, from: number): number {
  let i = from + 1;
  for (const n = html.length; i < n; i++) {
    const c = html.charCodeAt(i);
    if (c > 127 || NAME_CHAR[c] === 0) break;
  }
  return i;
}

/** A hash of text[from, to) with ASCII letters lower-cased (`| 32`; name characters only). */
function nameHash(text: string, from: number, to: number): number {
  let h = to - from;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 32)) | 0;
  return h;
}

/** Whether text[from, to) is `name` in any case (a hash match is only a candidate). */
function sameName(text: string, from: number, to: number, name: string): boolean {
  if (to - from !== name.length) return false;
  for (let i = 0; i < name.length; i++) if ((text.charCodeAt(from + i) | 32) !== name.charCodeAt(i)) return false;
  return true;
}

/** Just past the first `token` at or after `from`, or -1 when there is none. */
function after(html: string, token: string, from: number): number {
  const at = html.indexOf(token, from);
  return at < 0 ? -1 : at + token.length;
}

/**
 * Just past the `>` that ends a tag's attributes, or -1 when none does; a quote opens a value only
 * after `=`. A character loop: attributes are short, and looking the next `>` and quotes up with
 * indexOf cost twice as much.
 */
function attributesEnd(html: string, from: number): number {
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return i + 1;
    if (c === 61 /* = */) {
      afterEquals = true;
      continue;
    }
    if (afterEquals && (c === 34 || c === 39)) {
      const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close;
    }
    if (!isSpace(c)) afterEquals = false;
  }
  return -1;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/**
 * Where the raw text of a `<script>`, `<style>` and similar element ends: its `</name` in any case,
 * or -1 when the element is never closed.
 */
export function rawTextEnd(html: string, name: string, from: number): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    let i = 0;
    while (i < name.length && (html.charCodeAt(at + 2 + i) | 32) === name.charCodeAt(i)) i++;
    if (i === name.length) return at;
  }
  return -1;
}
