import { decodeEntities } from './entities';

/**
 * A small, tolerant HTML tokenizer for campaign sources. It runs without a DOM (Node CLI, tests,
 * content scripts) and never throws: anything that is not a well-formed tag is text, so template
 * syntax such as `<%asm_group_unsubscribe_raw_url%>` or `{{ x < y }}` survives as text.
 */
export type Token =
  | { type: 'start'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'end'; name: string }
  | { type: 'text'; text: string }
  /** Text of a raw-text element (style, script, title): not decoded, not visible. */
  | { type: 'raw'; name: string; text: string };

const RAW_TEXT = new Set(['script', 'style', 'title', 'xmp', 'noscript']);
const TAG_NAME = /[A-Za-z][A-Za-z0-9:_.-]*/y;
const ATTR = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

export function* tokenize(source: string): Generator<Token> {
  let i = 0;
  const n = source.length;
  let textStart = 0;
  const flushText = function* (end: number): Generator<Token> {
    if (end > textStart) yield { type: 'text', text: decodeEntities(source.slice(textStart, end)) };
  };
  while (i < n) {
    const lt = source.indexOf('<', i);
    if (lt < 0) break;
    const next = source.charCodeAt(lt + 1);
    // Comments (and MSO conditionals) hide what they hold; an unclosed one hides the rest, as in mail clients.
    if (source.startsWith('<!--', lt)) {
      yield* flushText(lt);
      const close = source.indexOf('-->', lt + 4);
      i = textStart = close < 0 ? n : close + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      yield* flushText(lt);
      const close = source.indexOf('>', lt);
      i = textStart = close < 0 ? n : close + 1;
      continue;
    }
    const isEnd = next === 47; /* / */
    TAG_NAME.lastIndex = lt + (isEnd ? 2 : 1);
    const nameMatch = TAG_NAME.exec(source);
    if (!nameMatch) {
      i = lt + 1; // a bare '<' is text
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    let p = TAG_NAME.lastIndex;
    if (isEnd) {
      const close = source.indexOf('>', p);
      yield* flushText(lt);
      yield { type: 'end', name };
      i = textStart = close < 0 ? n : close + 1;
      continue;
    }
    const attrs: Record<string, string> = {};
    let selfClosing = false;
    for (;;) {
      ATTR.lastIndex = p;
      const m = ATTR.exec(source);
      if (!m) break;
      const key = (m[1] as string).toLowerCase();
      if (!(key in attrs)) attrs[key] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
      p = ATTR.lastIndex;
    }
    while (p < n && /\s/.test(source[p] as string)) p++;
    if (source[p] === '/') {
      selfClosing = true;
      p++;
      while (p < n && /\s/.test(source[p] as string)) p++;
    }
    if (source[p] !== '>' && p < n) {
      // Something odd inside the tag (a stray quote or '<'): skip to the next '>' and keep going.
      const close = source.indexOf('>', p);
      p = close < 0 ? n : close;
    }
    yield* flushText(lt);
    yield { type: 'start', name, attrs, selfClosing };
    i = textStart = Math.min(p + 1, n);
    if (RAW_TEXT.has(name) && !selfClosing) {
      const closeRe = new RegExp(`</${name}\\s*>`, 'ig');
      closeRe.lastIndex = i;
      const close = closeRe.exec(source);
      const end = close ? close.index : n;
      yield { type: 'raw', name, text: source.slice(i, end) };
      yield { type: 'end', name };
      i = textStart = close ? close.index + close[0].length : n;
    }
  }
  yield* flushText(n);
}
