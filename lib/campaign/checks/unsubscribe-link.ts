import type { TagPattern } from '../dialects/types';
import { findTags } from '../haystack';
import type { Link } from '../html/document';
import { PREFERENCE_URL, UNSUBSCRIBE_URL, hasPreferenceWording, hasUnsubscribeWording, unsubscribeLanguage } from '../wording';
import type { CheckResult } from '../types';
import { gapStatus, type Check, type CheckContext } from './context';

const RULES = ['CAN-SPAM (CS-1)', 'CASL (CASL-3)', 'GDPR Art. 21 (GDPR-2)', 'Gmail/Yahoo bulk-sender (BULK-2)'];
const TITLE = 'Unsubscribe link';
const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  sv: 'Swedish',
  da: 'Danish',
  no: 'Norwegian',
  fi: 'Finnish',
  pl: 'Polish',
  cs: 'Czech',
  hu: 'Hungarian',
  ro: 'Romanian',
  tr: 'Turkish',
  ru: 'Russian',
  ja: 'Japanese',
  zh: 'Chinese',
  ko: 'Korean',
};

type LinkState =
  | 'working'
  | 'placeholder-link'
  | 'image-link'
  | 'homepage-link'
  | 'not-unsubscribe-url'
  | 'platform-only-tag'
  | 'unverifiable-link'
  | 'wrong-dialect';
interface Classified {
  kind: 'unsubscribe' | 'preferences';
  state: LinkState;
  hidden: string | null;
  language: string | null;
  via: string;
}

const TEMPLATE_VAR = /\{\{|\{%|\*\||%%|<%|\{\$|\[\[|^\[[A-Za-z_]+\]$|^%[A-Z-]+%|^\{[a-z_]+\}$/;
const IMAGE_URL = /\.(?:gif|png|jpe?g|svg|webp|bmp|ico)(?:[?#]|$)/i;

interface Patterns {
  own: TagPattern[];
  ownPref: TagPattern[];
  any: TagPattern[];
}

const inHref = (href: string, patterns: TagPattern[]) => (href ? patterns.find((p) => p.re.test(href)) : undefined);

function classify(link: Link, ctx: CheckContext, patterns: Patterns): Classified | null {
  const href = (link.href ?? '').trim();
  const unsubText = hasUnsubscribeWording(link.text);
  const language = unsubscribeLanguage(link.text);
  const base = { hidden: link.hidden, language };
  if (link.tag === 'unsubscribe') {
    const cm = ctx.dialect.id === 'campaign-monitor';
    return { ...base, kind: 'unsubscribe', state: cm ? 'working' : 'platform-only-tag', via: 'a Campaign Monitor <unsubscribe> tag' };
  }
  const own = inHref(href, patterns.own);
  if (own) return { ...base, kind: 'unsubscribe', state: 'working', via: own.label };
  const ownPref = inHref(href, patterns.ownPref);
  if (ownPref) return { ...base, kind: unsubText ? 'unsubscribe' : 'preferences', state: 'working', via: ownPref.label };
  const prefText = hasPreferenceWording(link.text);
  const urlSaysUnsub = UNSUBSCRIBE_URL.test(href) && !TEMPLATE_VAR.test(href);
  if (!unsubText && !prefText && !urlSaysUnsub) {
    const foreign = inHref(href, patterns.any);
    return foreign ? { ...base, kind: 'unsubscribe', state: 'wrong-dialect', via: foreign.label } : null;
  }
  const kind = unsubText || urlSaysUnsub ? 'unsubscribe' : 'preferences';
  const result = (state: LinkState, via: string): Classified => ({ ...base, kind, state, via });
  if (href === '' || href.startsWith('#')) return result('placeholder-link', 'a link to "#" or nowhere');
  if (/^javascript:/i.test(href)) return result('placeholder-link', 'a javascript: link');
  const foreign = inHref(href, patterns.any);
  if (foreign) return result('wrong-dialect', foreign.label);
  if (TEMPLATE_VAR.test(href)) {
    // A variable the sending code fills in: its name is all we can judge.
    if (/unsub|opt.?out/i.test(href))
      return { ...base, kind: 'unsubscribe', state: 'working', via: 'a template variable named for unsubscribing' };
    if (PREFERENCE_URL.test(href))
      return {
        ...base,
        kind: unsubText ? 'unsubscribe' : 'preferences',
        state: unsubText ? 'unverifiable-link' : 'working',
        via: 'a preference-centre variable',
      };
    return result('unverifiable-link', 'a template variable Confidant cannot resolve');
  }
  if (/^mailto:/i.test(href)) {
    return /unsub|remove|opt.?out/i.test(href)
      ? result('working', 'an unsubscribe-by-email link')
      : result('not-unsubscribe-url', 'a mailto: link with no unsubscribe request');
  }
  if (IMAGE_URL.test(href)) return result('image-link', 'a link to an image');
  let url: URL | null = null;
  try {
    url = new URL(href, 'https://relative.invalid/');
  } catch {
    return result('placeholder-link', 'a link that is not a valid URL');
  }
  const target = url.pathname + url.search;
  if (UNSUBSCRIBE_URL.test(target)) return { ...base, kind: 'unsubscribe', state: 'working', via: 'an unsubscribe URL' };
  if (PREFERENCE_URL.test(target))
    return { ...base, kind: unsubText ? 'unsubscribe' : 'preferences', state: 'working', via: 'a preference-centre URL' };
  if (url.pathname === '/' || url.pathname === '') return result('homepage-link', "a link to a site's home page");
  return result('not-unsubscribe-url', 'a link to a page that is not an unsubscribe page');
}

const REASON_TEXT: Record<Exclude<LinkState, 'working'>, string> = {
  'placeholder-link': 'The unsubscribe link cannot work: it points at "#", nothing or javascript:.',
  'image-link': 'The unsubscribe link points at an image, not an unsubscribe page.',
  'homepage-link': "The unsubscribe link points at a site's home page, not an unsubscribe page.",
  'not-unsubscribe-url': 'The unsubscribe link points at a page that does not look like an unsubscribe page (e.g. a blog).',
  'platform-only-tag': 'A Campaign Monitor <unsubscribe> tag only becomes a link when sent through Campaign Monitor.',
  'unverifiable-link': 'The unsubscribe link is a template variable whose target cannot be checked here.',
  'wrong-dialect': "The unsubscribe tag belongs to another ESP's dialect: it will not be replaced with a link.",
};

export const unsubscribeLink: Check = (ctx) => {
  const { dialect } = ctx;
  const fix = {
    text:
      dialect.id === 'generic'
        ? 'Add a visible link to your unsubscribe page in the footer (or name the ESP with --esp to get its tag).'
        : `Add ${dialect.name}'s unsubscribe link to the footer.`,
    snippet: dialect.fix.unsubscribe,
  };
  const make = (status: CheckResult['status'], evidence: string, reason?: string): CheckResult => ({
    id: 'unsubscribe-link',
    status,
    title: TITLE,
    evidence,
    ...(reason ? { reason } : {}),
    ...(status === 'pass' ? {} : { fix }),
    rules: RULES,
    lesson: 'campaign-unsubscribe',
  });

  const tagHits = findTags(
    ctx.hay,
    ctx.accepted.flatMap((d) => d.unsubscribe),
  );
  // A bare `<unsubscribe>` counts only as a link element (classified below), not as a tag hit.
  const tags = tagHits.filter((h) => !h.label.startsWith('<unsubscribe>') || dialect.id === 'campaign-monitor');
  const patterns: Patterns = {
    own: ctx.accepted.flatMap((d) => d.unsubscribe),
    ownPref: ctx.accepted.flatMap((d) => d.preferences),
    any: ctx.all.flatMap((d) => d.unsubscribe),
  };
  const links = ctx.doc.links.map((l) => classify(l, ctx, patterns)).filter((c): c is Classified => c !== null);
  const working = links.filter((l) => l.kind === 'unsubscribe' && l.state === 'working');

  const visibleTag = tags.find((t) => !t.hidden);
  const visibleLink = working.find((l) => !l.hidden);
  if (visibleTag || visibleLink) {
    const what = visibleTag
      ? `Found ${visibleTag.label}`
      : `Found ${visibleLink?.via}${visibleLink?.language ? ` worded in ${LANGUAGE_NAMES[visibleLink.language]}` : ''}`;
    return make('pass', `${what}. Checked: present and visible in the body; whether opt-outs are honoured in time cannot be seen here.`);
  }
  const hidden = tags.find((t) => t.hidden) ?? working.find((l) => l.hidden);
  if (hidden) {
    const label = 'label' in hidden ? hidden.label : hidden.via;
    return make('fail', `${label} is in the source but hidden from the reader (${hidden.hidden}).`, 'hidden');
  }
  const broken = links.find((l) => l.kind === 'unsubscribe' && l.state !== 'working');
  if (broken) {
    const severe = ['placeholder-link', 'image-link', 'homepage-link', 'not-unsubscribe-url', 'wrong-dialect'].includes(broken.state);
    const status = severe ? gapStatus(ctx, dialect.autoFooter.unsubscribe) : 'warn';
    const note = dialect.autoFooter.unsubscribe && status === 'warn' ? ` ${dialect.autoFooter.unsubscribe}` : '';
    const hiddenNote = broken.hidden ? ` It is also hidden (${broken.hidden}).` : '';
    return make(status, `${REASON_TEXT[broken.state as Exclude<LinkState, 'working'>]}${hiddenNote}${note}`, broken.state);
  }
  const foreignTag = findTags(
    ctx.hay,
    ctx.all.flatMap((d) => d.unsubscribe),
  ).find((t) => !t.label.startsWith('<unsubscribe>'));
  if (foreignTag) {
    return make(
      gapStatus(ctx, dialect.autoFooter.unsubscribe),
      `${foreignTag.label} is not ${dialect.name}'s tag. ${REASON_TEXT['wrong-dialect']}`,
      'wrong-dialect',
    );
  }
  const prefs =
    links.find((l) => l.kind === 'preferences' && l.state === 'working' && !l.hidden) ??
    findTags(
      ctx.hay,
      ctx.accepted.flatMap((d) => d.preferences),
    ).find((t) => !t.hidden);
  if (prefs) {
    const label = 'label' in prefs ? prefs.label : prefs.via;
    return make(
      'warn',
      `Only a preference-centre link (${label}) was found, with no clear way to unsubscribe from everything.`,
      'preferences-only',
    );
  }
  if (hasUnsubscribeWording(ctx.doc.visibleText)) {
    const note = dialect.autoFooter.unsubscribe ? ` ${dialect.autoFooter.unsubscribe}` : '';
    return make(
      gapStatus(ctx, dialect.autoFooter.unsubscribe),
      `Opt-out wording is there but no link or tag goes with it.${note}`,
      'wording-no-link',
    );
  }
  if (dialect.autoFooter.unsubscribe) {
    return make('warn', `No unsubscribe tag or link in the campaign. ${dialect.autoFooter.unsubscribe}`, 'esp-adds-link');
  }
  return make('fail', `No unsubscribe tag or link in the campaign, and ${dialect.name} adds none for you.`, 'missing');
};
