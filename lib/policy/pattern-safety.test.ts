import { describe, expect, it } from 'vitest';
import { patternProblem } from './pattern-safety';

describe('custom pattern safety', () => {
  it.each([
    ['customer ids', 'CUST-\\d{6}'],
    ['loyalty number', '\\bLN[0-9]{8}\\b'],
    ['optional group with a quantifier inside', '(\\d{3}-)?\\d{4}'],
    ['alternation not repeated', '(ORD|INV)-\\d+'],
    ['quantifier characters inside a class', '[+*?{}()|]+x'],
    ['escaped parens', '\\(\\d+\\)+'],
  ])('accepts %s', (_name, pattern) => {
    expect(patternProblem(pattern)).toBeNull();
  });

  it.each([
    ['nested quantifier', '(a+)+$', /nested quantifiers/],
    ['nested star', '(\\w*)*x', /nested quantifiers/],
    ['repeated alternation', '(a|aa)+', /repeated alternation/],
    ['deeply nested', '((ab+)c)*', /nested quantifiers/],
    ['counted repeat of a repeat', '(\\d+){2,}', /nested quantifiers/],
    ['backreference', '(a)\\1', /backreferences/],
    ['named backreference', '(?<x>a)\\k<x>', /named backreferences/],
    ['lookbehind', '(?<=\\$)\\d+', /lookbehind/],
    ['lookahead', 'a(?=b)', /lookahead/],
    ['too long', 'a'.repeat(201), /longer than 200/],
    ['does not compile', '(abc', /does not compile/],
    ['huge counted repeat', 'a{1,5000}', /above 100/],
    ['too many quantifiers', 'a+b+c+d+e+f+g+h+i+j+k+l+m+', /more than 12 quantifiers/],
    ['empty', '', /empty/],
  ])('rejects %s', (_name, pattern, message) => {
    expect(patternProblem(pattern)).toMatch(message);
  });
});
