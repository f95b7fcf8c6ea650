import { BoundedCache } from '../../util/bounded-cache';
import {
  contrastRatio,
  parseColour,
  parseDeclarations,
  parsePx,
  parseStyleSheet,
  type Declarations,
  type Rgb,
  type StyleRules,
} from './css';
import { tokenize } from './tokenize';

/**
 * A campaign read the way a checker needs it: the text runs with their visibility, the links with
 * their target and text, and attribute values (where merge tags often sit). No DOM is built.
 */
export interface TextRun {
  text: string;
  /** Why the reader cannot see this text, or null when visible. */
  hidden: string | null;
  /** Index into `links` of the link this text belongs to, or -1. */
  link: number;
}

export interface Link {
  /** `a`, or a template element that becomes a link: Inky `item`/`button`, MJML `mj-button`, Campaign Monitor `unsubscribe`. */
  tag: string;
  href: string | null;
  text: string;
  hidden: string | null;
  hasImage: boolean;
}

export interface AttrValue {
  name: string;
  value: string;
  hidden: string | null;
}

export interface CampaignDoc {
  format: 'html' | 'text';
  runs: TextRun[];
  links: Link[];
  attrs: AttrValue[];
  /** Visible text, with a line break at every block boundary. */
  visibleText: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);
const LINK_TAGS = new Set(['a', 'area', 'mj-button', 'mj-navbar-link', 'mj-social-element', 'item', 'unsubscribe', 'button']);
const BLOCK =
  /^(?:br|p|div|tr|td|th|li|ul|ol|h[1-6]|table|tbody|section|header|footer|container|row|columns|column|callout|mj-[a-z-]+|hr|blockquote|center|address|body)$/;
const URL_ATTRS = ['href', 'src', 'action', 'background'];

interface Frame {
  name: string;
  /** Hidden by display, size, clipping…: inherited by everything inside. */
  structural: string | null;
  /** `structural`, or a text colour too close to the background (which a child may undo). */
  hidden: string | null;
  colour: Rgb;
  background: Rgb;
  link: number;
}

const DEFAULT_FRAME: Frame = { name: '#root', structural: null, hidden: null, colour: [0, 0, 0], background: [255, 255, 255], link: -1 };

export function looksLikeHtml(source: string): boolean {
  return /<(?:html|body|table|div|p|a|br|td|span|center|mjml|mj-[a-z]+|container|row|columns|unsubscribe)\b[^>]*>/i.test(source);
}

export function parseCampaign(source: string, format: 'html' | 'text' | 'auto' = 'auto'): CampaignDoc {
  const kind = format === 'auto' ? (looksLikeHtml(source) ? 'html' : 'text') : format;
  return kind === 'html' ? parseHtml(source) : parseText(source);
}

function parseHtml(source: string): CampaignDoc {
  const rules: StyleRules = new Map();
  // Class rules apply wherever they sit in the document, so read every <style> block first.
  for (const m of source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) parseStyleSheet(m[1] as string, rules);

  const runs: TextRun[] = [];
  const links: Link[] = [];
  const attrs: AttrValue[] = [];
  const stack: Frame[] = [DEFAULT_FRAME];
  let visible = '';
  const top = () => stack[stack.length - 1] ?? DEFAULT_FRAME;

  for (const token of tokenize(source)) {
    if (token.type === 'text') {
      const frame = top();
      runs.push({ text: token.text, hidden: frame.hidden, link: frame.link });
      if (frame.link >= 0) {
        const link = links[frame.link] as Link;
        link.text += token.text;
      }
      if (!frame.hidden) visible += token.text;
    } else if (token.type === 'start') {
      const parent = top();
      const decls = declarationsFor(token.name, token.attrs, rules);
      const structural = parent.structural ?? (decls.size > 0 || 'hidden' in token.attrs ? hiddenReason(token.attrs, decls) : null);
      const colour = cachedColour(decls.get('color') ?? token.attrs.color) ?? parent.colour;
      const background = backgroundOf(decls, token.attrs) ?? parent.background;
      // Contrast only changes where a colour does: otherwise inherit the parent's verdict.
      const camouflaged =
        colour === parent.colour && background === parent.background
          ? parent.hidden === CAMOUFLAGED
            ? CAMOUFLAGED
            : null
          : contrastRatio(colour, background) < 1.5
            ? CAMOUFLAGED
            : null;
      const frame: Frame = { name: token.name, structural, hidden: structural ?? camouflaged, colour, background, link: parent.link };
      for (const [name, value] of Object.entries(token.attrs)) {
        if (value && (URL_ATTRS.includes(name) || /[{[%*<$]/.test(value))) attrs.push({ name, value, hidden: frame.hidden });
      }
      const isLink = LINK_TAGS.has(token.name) && (token.name !== 'button' && token.name !== 'item' ? true : 'href' in token.attrs);
      if (isLink) {
        links.push({ tag: token.name, href: token.attrs.href ?? null, text: '', hidden: frame.hidden, hasImage: false });
        frame.link = links.length - 1;
      }
      if (token.name === 'img' && parent.link >= 0) {
        const link = links[parent.link] as Link;
        link.hasImage = true;
        if (token.attrs.alt) link.text += ` ${token.attrs.alt} `;
      }
      if (BLOCK.test(token.name)) visible += '\n';
      if (!VOID.has(token.name) && !token.selfClosing) stack.push(frame);
    } else if (token.type === 'end') {
      for (let i = stack.length - 1; i > 0; i--) {
        if ((stack[i] as Frame).name === token.name) {
          stack.length = i;
          break;
        }
      }
      if (BLOCK.test(token.name)) visible += '\n';
    }
  }
  return { format: 'html', runs, links, attrs, visibleText: visible };
}

const CAMOUFLAGED = 'text colour matches its background';
const EMPTY: Declarations = new Map();

/** Templates repeat the same inline styles and colours: parse each distinct string once per run. */
const colourCache = new BoundedCache<string, Rgb | null>(5000);
function cachedColour(value: string | undefined): Rgb | null {
  if (!value) return null;
  const hit = colourCache.get(value);
  // Not `??`: null (not a colour) is cached too.
  return hit === undefined ? colourCache.set(value, parseColour(value)) : hit;
}
const styleCache = new BoundedCache<string, Declarations>(5000);
function cachedDeclarations(style: string): Declarations {
  return styleCache.get(style) ?? styleCache.set(style, parseDeclarations(style));
}

function declarationsFor(tag: string, attrs: Record<string, string>, rules: StyleRules): Declarations {
  if (rules.size === 0 && !attrs.style) return EMPTY;
  if (!attrs.class && !attrs.id && !rules.has(tag)) return attrs.style ? cachedDeclarations(attrs.style) : EMPTY;
  const out: Declarations = new Map();
  const apply = (d: Declarations | undefined) => d?.forEach((v, k) => out.set(k, v));
  apply(rules.get(tag));
  for (const cls of (attrs.class ?? '').toLowerCase().split(/\s+/)) {
    if (!cls) continue;
    apply(rules.get(`.${cls}`));
    apply(rules.get(`${tag}.${cls}`));
  }
  if (attrs.id) apply(rules.get(`#${attrs.id.toLowerCase()}`));
  if (attrs.style) apply(cachedDeclarations(attrs.style));
  return out;
}

function backgroundOf(decls: Declarations, attrs: Record<string, string>): Rgb | null {
  return cachedColour(decls.get('background-color')) ?? cachedColour(decls.get('background')) ?? cachedColour(attrs.bgcolor);
}

const isZero = (v: string | undefined) => v !== undefined && parsePx(v) === 0;

/** Each technique that hides text from the reader while leaving it in the source. */
export function hiddenReason(attrs: Record<string, string>, d: Declarations): string | null {
  if ('hidden' in attrs) return 'hidden attribute';
  if (d.get('display') === 'none') return 'display:none';
  if (d.get('visibility') === 'hidden' || d.get('visibility') === 'collapse') return 'visibility:hidden';
  const opacity = d.get('opacity');
  if (opacity !== undefined && parseFloat(opacity) <= 0.05) return 'opacity 0';
  const font = parsePx(d.get('font-size'));
  if (font !== null && font < 6) return font === 0 ? 'zero font size' : 'tiny font';
  const overflowHidden = d.get('overflow') === 'hidden';
  if (
    isZero(d.get('max-height')) ||
    isZero(d.get('max-width')) ||
    ((isZero(d.get('height')) || isZero(d.get('width')) || isZero(d.get('line-height'))) && overflowHidden)
  ) {
    return 'zero size';
  }
  const clip = d.get('clip');
  if (clip && /rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(clip)) return 'clipped';
  const clipPath = d.get('clip-path');
  if (clipPath && /inset\(\s*(50|100)%|circle\(\s*0|polygon\(\s*0 0\s*\)/.test(clipPath)) return 'clipped';
  const indent = parsePx(d.get('text-indent'));
  if (indent !== null && indent <= -999) return 'moved off-screen';
  const pos = d.get('position');
  if (pos === 'absolute' || pos === 'fixed') {
    for (const side of ['left', 'top', 'right']) {
      const px = parsePx(d.get(side));
      if (px !== null && px <= -999) return 'moved off-screen';
    }
  }
  return null;
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>()"']+|\bwww\.[^\s<>()"']+/gi;

/** Plain-text campaigns: every URL is a link whose text is the line it sits on (or the line before). */
function parseText(source: string): CampaignDoc {
  const links: Link[] = [];
  const lines = source.split(/\r?\n/);
  lines.forEach((line, index) => {
    for (const m of line.matchAll(URL_IN_TEXT)) {
      let text = line.replace(m[0], ' ').trim();
      if (text.replace(/[()[\]:<>-]/g, '').trim() === '') text = (lines[index - 1] ?? '').trim();
      links.push({ tag: 'text-url', href: m[0], text, hidden: null, hasImage: false });
    }
  });
  return { format: 'text', runs: [{ text: source, hidden: null, link: -1 }], links, attrs: [], visibleText: source };
}
