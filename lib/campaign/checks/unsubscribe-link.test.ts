import { describe, expect, test } from 'vitest';
import { page, result } from '../test-helpers';
import { UNSUBSCRIBE_WORDS } from '../wording';

const unsub = (html: string, esp = 'auto') => result(html, 'unsubscribe-link', { esp });

describe('unsubscribe wording in 20 languages', () => {
  const languages = Object.entries(UNSUBSCRIBE_WORDS);
  test('covers the 20 languages of the issue', () => {
    expect(languages.map(([l]) => l).sort()).toEqual(
      ['cs', 'da', 'de', 'en', 'es', 'fi', 'fr', 'hu', 'it', 'ja', 'ko', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sv', 'tr', 'zh'].sort(),
    );
  });
  test.each(languages)('%s: a link with this wording is read as an unsubscribe link', (_lang, words) => {
    const word = words[0] as string;
    // Recognised wording makes a placeholder link a broken unsubscribe link, not "nothing found".
    expect(unsub(page(`<a href="#">${word}</a>`)).reason).toBe('placeholder-link');
    expect(unsub(page(`<p>${word}</p>`)).reason).toBe('wording-no-link');
    expect(unsub(page(`<a href="https://news.example.com/email/stop?t=1">${word.toUpperCase()}</a>`)).reason).not.toBe('missing');
  });
  test('unrelated wording is not taken for opt-out wording', () => {
    expect(unsub(page('<a href="#">Read more</a>')).reason).toBe('missing');
  });
});

describe('links that cannot work', () => {
  test.each([
    ['#', 'placeholder-link'],
    ['', 'placeholder-link'],
    ['javascript:void(0)', 'placeholder-link'],
    ['https://www.example.com/', 'homepage-link'],
    ['https://www.example.com', 'homepage-link'],
    ['https://www.example.com/blog', 'not-unsubscribe-url'],
    ['https://cdn.example.com/img/footer.gif', 'image-link'],
  ])('href="%s" is reported as %s', (href, reason) => {
    const r = unsub(page(`<a href="${href}">Unsubscribe</a>`));
    expect(r.status).toBe('warn');
    expect(r.reason).toBe(reason);
  });
  test('in an editor with no auto footer, a placeholder link fails', () => {
    expect(unsub(page('<a href="#">Unsubscribe</a>'), 'hubspot').status).toBe('fail');
  });
  test('a real unsubscribe URL passes', () => {
    expect(unsub(page('<a href="https://news.example.com/unsubscribe?id=abc">Unsubscribe</a>')).status).toBe('pass');
  });
  test('mailto unsubscribe passes', () => {
    expect(unsub(page('<a href="mailto:leave@example.com?subject=unsubscribe">Unsubscribe</a>')).status).toBe('pass');
  });
});

describe('hidden links', () => {
  const css = '<style>.gone { display: none; } @media (max-width: 600px) { .mobile-hide { display: none; } }</style>';
  test.each([
    ['display:none', '<a href="*|UNSUB|*" style="display:none">Unsubscribe</a>', 'display:none'],
    ['visibility:hidden', '<span style="visibility: hidden"><a href="*|UNSUB|*">Unsubscribe</a></span>', 'visibility:hidden'],
    ['opacity 0', '<a href="*|UNSUB|*" style="opacity:0">Unsubscribe</a>', 'opacity 0'],
    ['zero size', '<div style="max-height:0;overflow:hidden"><a href="*|UNSUB|*">Unsubscribe</a></div>', 'zero size'],
    ['zero width', '<div style="width:0;height:0;overflow:hidden"><a href="*|UNSUB|*">Unsubscribe</a></div>', 'zero size'],
    ['tiny font', '<a href="*|UNSUB|*" style="font-size:2px">Unsubscribe</a>', 'tiny font'],
    ['zero font', '<p style="font-size:0"><a href="*|UNSUB|*">Unsubscribe</a></p>', 'zero font size'],
    [
      'same colour',
      '<td bgcolor="#ffffff"><a href="*|UNSUB|*" style="color:#fefefe">Unsubscribe</a></td>',
      'text colour matches its background',
    ],
    [
      'same colour rgb',
      '<div style="background-color: rgb(20, 20, 20)"><a href="*|UNSUB|*" style="color: rgb(22,22,22)">Unsubscribe</a></div>',
      'text colour matches its background',
    ],
    ['clipped', '<a href="*|UNSUB|*" style="position:absolute;clip:rect(0,0,0,0)">Unsubscribe</a>', 'clipped'],
    ['clip-path', '<a href="*|UNSUB|*" style="clip-path: inset(50%)">Unsubscribe</a>', 'clipped'],
    ['off-screen', '<a href="*|UNSUB|*" style="position:absolute;left:-9999px">Unsubscribe</a>', 'moved off-screen'],
    ['text-indent', '<a href="*|UNSUB|*" style="text-indent:-9999px">Unsubscribe</a>', 'moved off-screen'],
    ['hidden attribute', '<div hidden><a href="*|UNSUB|*">Unsubscribe</a></div>', 'hidden attribute'],
    ['class rule', '<div class="gone"><a href="*|UNSUB|*">Unsubscribe</a></div>', 'display:none'],
  ])('%s hides the link: fail', (_name, body, technique) => {
    const r = unsub(page(body, css), 'mailchimp');
    expect(r.status).toBe('fail');
    expect(r.reason).toBe('hidden');
    expect(r.evidence).toContain(technique);
  });
  test('a display:none rule inside a media query is responsive layout, not hiding', () => {
    expect(unsub(page('<div class="mobile-hide"><a href="*|UNSUB|*">Unsubscribe</a></div>', css), 'mailchimp').status).toBe('pass');
  });
  test('a child that restores contrast is visible again', () => {
    const html = page('<div style="color:#fff;background:#fff"><a href="*|UNSUB|*" style="color:#333">Unsubscribe</a></div>');
    expect(unsub(html, 'mailchimp').status).toBe('pass');
  });
  test('a tag inside an HTML comment does not count (as Mailchimp sees it)', () => {
    expect(unsub(page('<!-- <a href="*|UNSUB|*">Unsubscribe</a> -->'), 'mailchimp').reason).toBe('esp-adds-link');
    expect(unsub(page('<!-- unclosed comment <a href="*|UNSUB|*">Unsubscribe</a>'), 'mailchimp').reason).toBe('esp-adds-link');
  });
});

describe('tricky negatives', () => {
  test('wording without a link', () => {
    const r = unsub(page('<p>To unsubscribe, reply to this email.</p>'), 'listmonk');
    expect(r.reason).toBe('wording-no-link');
    expect(r.status).toBe('fail');
  });
  test('a preference-centre link alone', () => {
    const r = unsub(page('<a href="*|UPDATE_PROFILE|*">Update your preferences</a>'), 'mailchimp');
    expect(r.status).toBe('warn');
    expect(r.reason).toBe('preferences-only');
  });
  test('a "Manage notifications" variable alone', () => {
    expect(unsub(page('<a href="{{notifications_url}}">Manage notifications</a>')).reason).toBe('preferences-only');
  });
  test('a Campaign Monitor <unsubscribe> tag passes only under Campaign Monitor', () => {
    const html = page('<unsubscribe>Unsubscribe</unsubscribe>');
    expect(unsub(html).reason).toBe('platform-only-tag');
    expect(unsub(html, 'campaign-monitor').status).toBe('pass');
  });
  test('evidence never quotes the link target or text', () => {
    const r = unsub(page('<a href="https://private.example.com/blog/jane.doe@example.com">Unsubscribe jane.doe@example.com</a>'));
    expect(r.evidence).not.toContain('example.com');
  });
});

describe('templates beyond HTML', () => {
  test('plain text with an unsubscribe URL on the line', () => {
    expect(unsub('Hello\n\nUnsubscribe: https://news.example.com/unsubscribe/123\n').status).toBe('pass');
  });
  test('plain text with the URL on the line after the wording', () => {
    expect(unsub('To unsubscribe visit\nhttps://news.example.com/unsub?u=1\n').status).toBe('pass');
  });
  test('MJML mj-button and Inky item/button links are links', () => {
    expect(unsub('<mjml><mj-body><mj-button href="#">Unsubscribe</mj-button></mj-body></mjml>').reason).toBe('placeholder-link');
    expect(unsub('<container><menu><item href="{{ UnsubscribeURL }}">Unsubscribe</item></menu></container>').status).toBe('pass');
  });
  test('Go, Liquid and Jinja templates keep their tags readable', () => {
    expect(unsub('{{ define "footer" }}<a href="{{ UnsubscribeURL }}">Unsubscribe</a>{{ end }}', 'listmonk').status).toBe('pass');
    expect(unsub('{% if x < 3 %}<p>{{ organization.name }}</p>{% endif %}{% unsubscribe %}', 'klaviyo').status).toBe('pass');
  });
});
