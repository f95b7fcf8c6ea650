import { describe, expect, test } from 'vitest';
import { DecodedText } from './html-entities';

describe('character references between HTML tags', () => {
  test('named and numeric references decode; unknown names stay as written', () => {
    expect(new DecodedText('O&#39;Brien &amp; Co &lt;b&gt; &#x41;&#66; &bogus; caf&eacute;').value).toBe(
      "O'Brien & Co <b> AB &bogus; caf&eacute;",
    );
  });

  test('out-of-range and surrogate code points read as U+FFFD instead of throwing', () => {
    expect(new DecodedText('a&#99999999;b&#xD800;c&#0;').value).toBe('a\ufffdb\ufffdc\ufffd');
  });

  test('decoded offsets map back to the raw text, before, inside and after references', () => {
    const raw = 'O&#39;Brien &amp; +44 20 7946 0958';
    const text = new DecodedText(raw);
    const phone = text.value.indexOf('+44');
    expect(raw.slice(text.rawOffset(phone), text.rawOffset(text.value.length))).toBe('+44 20 7946 0958');
    expect(text.rawOffset(0)).toBe(0);
    // The apostrophe starts at the reference and ends after it.
    expect(text.rawOffset(1)).toBe(1);
    expect(text.rawOffset(2)).toBe(6);
    expect(raw.slice(text.rawOffset(0), text.rawOffset(7))).toBe('O&#39;Brien');
  });

  test('a reference that decodes to two UTF-16 units keeps both inside its raw span', () => {
    const text = new DecodedText('x&#128512;y');
    expect(text.value).toBe('x😀y');
    expect(text.rawOffset(2)).toBe(10);
    expect(text.rawOffset(3)).toBe(10);
    expect(text.rawOffset(4)).toBe(11);
  });
});
