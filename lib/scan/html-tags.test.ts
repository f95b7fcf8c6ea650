import { describe, expect, test } from 'vitest';
import { OTHER_TAG, TagReader, rawTextEnd } from './html-tags';

const read = (html: string, at = 0) => {
  const tag = new TagReader({ td: 1, script: 2, h1: 4 });
  return tag.read(html, at) ? { name: tag.name, kind: tag.kind, closing: tag.closing, end: tag.end } : null;
};

describe('reading HTML markup at a <', () => {
  test('start and end tags: known names in any case, others as OTHER_TAG', () => {
    expect(read('<TD class="x">')).toEqual({ name: 'td', kind: 1, closing: false, end: 14 });
    expect(read('</td>')).toEqual({ name: 'td', kind: 1, closing: true, end: 5 });
    expect(read('<H1>')).toEqual({ name: 'h1', kind: 4, closing: false, end: 4 });
    expect(read('<span>')).toEqual({ name: OTHER_TAG, kind: 0, closing: false, end: 6 });
    // Same length and hash-neighbour names are not mistaken for a known one.
    expect(read('<tr>')?.name).toBe(OTHER_TAG);
    expect(read('<tdx>')?.name).toBe(OTHER_TAG);
  });

  test('a > inside a quoted attribute value does not end the tag; a bare quote opens nothing', () => {
    const html = '<td title="a > b" data-x=\'>\'>text';
    expect(read(html)?.end).toBe(html.indexOf('text'));
    expect(read('<td it"s>x')?.end).toBe(9);
    expect(read('<td a = "x>y" b=\'\'>z')?.end).toBe(19);
    // One reader over the tags of a file in order, quotes before and after each tag.
    const page = '<p title="1>2">a</p><td>"b"</td><td class=\'c\'>d</td>';
    const tag = new TagReader({ td: 1 });
    const ends: number[] = [];
    for (let at = page.indexOf('<'); at >= 0; at = page.indexOf('<', at)) {
      expect(tag.read(page, at)).toBe(true);
      ends.push((at = tag.end));
    }
    expect(ends).toEqual([15, 20, 24, 32, 46, 52]);
  });

  test('comments, doctypes and processing instructions are markup without a name', () => {
    expect(read('<!-- <td> -->x')).toEqual({ name: '', kind: 0, closing: false, end: 13 });
    expect(read('<!doctype html>x')).toEqual({ name: '', kind: 0, closing: false, end: 15 });
    expect(read('<?xml version="1.0"?>x')?.end).toBe(21);
  });

  test('a < that starts no markup is text', () => {
    expect(read('a < b', 2)).toBeNull();
    expect(read('</ 3>')).toBeNull();
    expect(read('<3')).toBeNull();
  });

  test('an unterminated tag, quoted value or comment is reported as such (the scanner reads the rest as text), so no < is read twice', () => {
    const tag = new TagReader({ td: 1 });
    for (const html of ['<td class="open>more<td>', '<td class=x', '<!-- never closed <td>', '<!doctype html']) {
      expect(tag.read(html, 0)).toBe(true);
      expect([tag.unterminated, tag.end]).toEqual([true, html.length]);
    }
    expect(tag.read('<td class="a">', 0) && tag.unterminated).toBe(false);
  });

  test('a CDATA section is text, as in the XHTML and SVG pages embed', () => {
    expect(read('<![CDATA[ x ]]>')).toBeNull();
  });

  test("a script's raw text ends at its end tag in any case; -1 when it has none", () => {
    const html = '<script>if (a</b) x = "</td>";</SCRIPT><td>';
    expect(rawTextEnd(html, 'script', 8)).toBe(html.indexOf('</SCRIPT>'));
    expect(rawTextEnd('<style>never closed', 'style', 7)).toBe(-1);
  });
});
