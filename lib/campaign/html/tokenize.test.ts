import { describe, expect, test } from 'vitest';
import { contrastRatio, parseColour, parseStyleSheet } from './css';
import { parseCampaign } from './document';
import { tokenize, type Token } from './tokenize';

const tokens = (s: string): Token[] => [...tokenize(s)];

describe('tolerant tokenizer', () => {
  test('template syntax that looks like tags stays text', () => {
    const t = tokens('<p><%asm_group_unsubscribe_raw_url%> {{ a < b }} 3 < 4</p>');
    expect(t.filter((x) => x.type === 'start').map((x) => (x as { name: string }).name)).toEqual(['p']);
    expect(t.map((x) => (x.type === 'text' ? x.text : '')).join('')).toBe('<%asm_group_unsubscribe_raw_url%> {{ a < b }} 3 < 4');
  });
  test('quoted attributes may hold ">" and merge tags; unquoted values too', () => {
    const [a] = tokens('<a title="a > b" href=*|UNSUB|* data-x=\'{{ y }}\'>x</a>');
    expect(a).toMatchObject({ type: 'start', name: 'a', attrs: { title: 'a > b', href: '*|UNSUB|*', 'data-x': '{{ y }}' } });
  });
  test('comments hide their content, an unclosed comment hides the rest', () => {
    expect(
      tokens('a<!-- b -->c')
        .map((x) => (x.type === 'text' ? x.text : ''))
        .join(''),
    ).toBe('ac');
    expect(
      tokens('a<!-- b <p>c')
        .map((x) => (x.type === 'text' ? x.text : ''))
        .join(''),
    ).toBe('a');
  });
  test('style and script are raw text, entities are decoded in text and attributes', () => {
    const t = tokens('<style>.a>b{color:red}</style><p title="&quot;x&quot;">&amp; &#8226; &bull; &unknown;</p>');
    expect(t[1]).toEqual({ type: 'raw', name: 'style', text: '.a>b{color:red}' });
    expect(t.find((x) => x.type === 'start' && x.name === 'p')).toMatchObject({ attrs: { title: '"x"' } });
    expect(t.find((x) => x.type === 'text')).toEqual({ type: 'text', text: '& • • &unknown;' });
  });
  test('never throws on broken markup', () => {
    for (const s of ['<', '<a', '<a href="', '</', '<!', '<p <p>', '<<>>', '<a b=c d="e>']) expect(() => tokens(s)).not.toThrow();
  });
});

describe('document model', () => {
  test('unclosed and misnested tags still give the right link text', () => {
    const doc = parseCampaign('<table><tr><td><p><a href="#">Un<b>sub</a>scribe</td></table>');
    expect(doc.links[0]?.text).toBe('Unsub');
  });
  test('plain text is detected and its URLs are links', () => {
    const doc = parseCampaign('Hello\nUnsubscribe: https://example.com/u/1\n');
    expect(doc.format).toBe('text');
    expect(doc.links[0]).toMatchObject({ href: 'https://example.com/u/1', text: 'Unsubscribe:' });
  });
});

describe('css helpers', () => {
  test('colours and contrast', () => {
    expect(parseColour('#FFF')).toEqual([255, 255, 255]);
    expect(parseColour('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColour('rgba(1,2,3,0)')).toBeNull();
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 0);
    expect(contrastRatio([250, 250, 250], [255, 255, 255])).toBeLessThan(1.5);
  });
  test('class rules outside media queries only', () => {
    const rules = parseStyleSheet('.a{display:none} @media (max-width:600px){ .b{display:none} } p.c, #d { color: #fff }');
    expect(rules.get('.a')?.get('display')).toBe('none');
    expect(rules.has('.b')).toBe(false);
    expect(rules.get('p.c')?.get('color')).toBe('#fff');
    expect(rules.get('#d')?.get('color')).toBe('#fff');
  });
});
