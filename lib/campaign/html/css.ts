/**
 * Just enough CSS to tell whether campaign text is visible: inline `style` declarations and simple
 * class/tag rules from `<style>` blocks. Media queries are skipped on purpose: responsive templates
 * hide desktop-only parts there, which is not hiding from the reader.
 */
export type Declarations = Map<string, string>;

export function parseDeclarations(style: string): Declarations {
  const out: Declarations = new Map();
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const prop = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
      .toLowerCase();
    if (prop && value) out.set(prop, value);
  }
  return out;
}

/** Rules keyed by a simple selector: `.class`, `tag`, `tag.class` or `#id`. */
export type StyleRules = Map<string, Declarations>;

export function parseStyleSheet(css: string, into: StyleRules = new Map()): StyleRules {
  const text = stripAtBlocks(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  const rule = /([^{}]+)\{([^{}]*)\}/g;
  for (const m of text.matchAll(rule)) {
    const decls = parseDeclarations(m[2] as string);
    for (const raw of (m[1] as string).split(',')) {
      const selector = raw.trim().toLowerCase();
      if (!/^(?:[a-z][a-z0-9-]*)?(?:[.#][a-z0-9_-]+)?$/.test(selector) || !selector) continue;
      const merged = into.get(selector) ?? new Map();
      for (const [k, val] of decls) merged.set(k, val);
      into.set(selector, merged);
    }
  }
  return into;
}

/** Removes `@media { … }`, `@supports { … }` and similar nested blocks. */
function stripAtBlocks(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('@', i);
    if (at < 0) {
      out += css.slice(i);
      break;
    }
    out += css.slice(i, at);
    const open = css.indexOf('{', at);
    const semi = css.indexOf(';', at);
    if (open < 0 || (semi >= 0 && semi < open)) {
      i = semi < 0 ? css.length : semi + 1; // @import …;
      continue;
    }
    let depth = 0;
    let j = open;
    for (; j < css.length; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}' && --depth === 0) break;
    }
    i = j + 1;
  }
  return out;
}

export type Rgb = [number, number, number];

const NAMED_COLOURS: Record<string, Rgb> = {
  white: [255, 255, 255],
  black: [0, 0, 0],
  red: [255, 0, 0],
  green: [0, 128, 0],
  blue: [0, 0, 255],
  gray: [128, 128, 128],
  grey: [128, 128, 128],
  silver: [192, 192, 192],
  whitesmoke: [245, 245, 245],
  yellow: [255, 255, 0],
  navy: [0, 0, 128],
  orange: [255, 165, 0],
};

export function parseColour(value: string | undefined): Rgb | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  const hex = /#([0-9a-f]{3}|[0-9a-f]{6})\b/.exec(v);
  if (hex) {
    const h = hex[1] as string;
    const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
    return [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16)];
  }
  const rgb = /rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)(?:[\s,/]+([\d.]+%?))?\s*\)/.exec(v);
  if (rgb) {
    const alpha = rgb[4];
    if (alpha !== undefined && parseFloat(alpha) === 0) return null; // fully transparent: no colour of its own
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  }
  const word = /^[a-z]+/.exec(v)?.[0];
  return word ? (NAMED_COLOURS[word] ?? null) : null;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio, 1 (same colour) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** A length in px, for `font-size`, `width`, `height`; null when not a plain length. */
export function parsePx(value: string | undefined): number | null {
  if (!value) return null;
  const m = /^(-?[\d.]+)(px|pt|em|rem|%)?$/.exec(value.trim());
  if (!m) return null;
  const n = parseFloat(m[1] as string);
  switch (m[2]) {
    case 'pt':
      return n * (4 / 3);
    case 'em':
    case 'rem':
      return n * 16;
    case '%':
      return n === 0 ? 0 : null;
    default:
      return n;
  }
}
