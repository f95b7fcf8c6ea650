/**
 * Reads the markup at a `<` in an HTML file, in one forward pass: a start or end tag (to its `>`,
 * skipping `>` inside quoted attribute values), a comment, a doctype or processing instruction. A
 * regex over the attributes ran per character and was most of what scanning a saved page cost; a
 * `<` that starts no markup ("a < b") is text. An unterminated tag or comment runs to the end of
 * the file, as in a browser's tokenizer, so no `<` is read twice: linear on hostile input.
 */
export class TagReader {
  /**
   * The tag's name, lower-case, when it is one of the names the reader was made for; OTHER_TAG for
   * any other tag; '' for a comment, doctype or processing instruction. Names are matched in place,
   * not copied out: a saved page has a tag every twenty characters or so.
   */
  name = '';
  closing = false;
  /** Where the markup ends (just past its `>`). */
  end = 0;
  private readonly known = new Map<number, string>();

  /** `names`: the lower-case tag names the caller tells apart. */
  constructor(names: Iterable<string>) {
    for (const name of names) this.known.set(nameHash(name, 0, name.length), name);
  }

  /** Reads the markup starting at `at` (a `<`); false when it is text. */
  read(html: string, at: number): boolean {
    const next = html.charCodeAt(at + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      this.name = '';
      this.closing = false;
      this.end = html.startsWith('!--', at + 1) ? after(html, '-->', at + 4) : after(html, '>', at + 2);
      return true;
    }
    this.closing = next === 47; /* / */
    const nameStart = this.closing ? at + 2 : at + 1;
    if (!isLetter(html.charCodeAt(nameStart))) return false;
    let i = nameStart + 1;
    while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
    const candidate = this.known.get(nameHash(html, nameStart, i));
    this.name = candidate !== undefined && sameName(html, nameStart, i, candidate) ? candidate : OTHER_TAG;
    this.end = attributesEnd(html, i);
    return true;
  }
}

/** The name of any tag the reader was not made for. */
export const OTHER_TAG = '*';

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

/** Just past the first `token` at or after `from`, or the end of the text. */
function after(html: string, token: string, from: number): number {
  const at = html.indexOf(token, from);
  return at < 0 ? html.length : at + token.length;
}

/** Just past the `>` that ends a tag's attributes; a quote opens a value only after `=`. */
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
      if (close < 0) return html.length;
      i = close;
    }
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) afterEquals = false;
  }
  return html.length;
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** Name characters as the old pattern had them: letters, digits, `_`, `:` and `-`. */
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 58) || c === 95 || c === 45;

/**
 * Where the raw text of a `<script>`, `<style>` and similar element ends: its `</name` in any case,
 * or the end of the file.
 */
export function rawTextEnd(html: string, name: string, from: number): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    let i = 0;
    while (i < name.length && (html.charCodeAt(at + 2 + i) | 32) === name.charCodeAt(i)) i++;
    if (i === name.length) return at;
  }
  return html.length;
}
