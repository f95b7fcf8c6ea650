import { describe, expect, test } from 'vitest';
import { checkCampaign } from '../check';
import { page, result } from '../test-helpers';
import { DIALECT_LIST, DIALECTS } from './index';

/** One sample campaign per dialect, written the way that ESP's docs show its tags. */
const SAMPLES: Record<string, string> = {
  mailchimp: page('<a href="*|UNSUB|*">Unsubscribe</a> *|HTML:LIST_ADDRESS_HTML|*'),
  klaviyo: page("{% unsubscribe 'Unsubscribe' %} {{ organization.name }} {{ organization.full_address }}"),
  sendgrid: page('<a href="{{{unsubscribe}}}">Unsubscribe</a> {{Sender_Name}} {{Sender_Address}}'),
  hubspot: page('<a href="{{ unsubscribe_link_all }}">Unsubscribe</a> {{ site_settings.company_street_address_1 }}'),
  brevo: page('<a href="{{ unsubscribe }}">Se désinscrire</a> {{ mirror }}'),
  activecampaign: page('<a href="%UNSUBSCRIBELINK%">Unsubscribe</a> %SENDER-INFO%'),
  'campaign-monitor': page('<unsubscribe>Unsubscribe</unsubscribe> [firstname,fallback=there]'),
  'constant-contact': page('Hello [[trackingImage]]'),
  mailerlite: page('<a href="{$unsubscribe}">Unsubscribe</a>'),
  kit: page('{{ message_content }} <a href="{{ unsubscribe_url }}">Unsubscribe</a> {{ address }}'),
  mailjet: page('<a href="[[UNSUB_LINK_DE]]">Abmelden</a> [[PERMALINK]]'),
  omnisend: page('<a href="[[unsubscribe_link]]">Unsubscribe</a>'),
  sfmc: page('<a href="%%unsub_center_url%%">Unsubscribe</a> %%Member_Busname%% %%Member_Addr%%'),
  pardot: page('<a href="%%unsubscribe%%">Unsubscribe</a>'),
  listmonk: page('{{ template "content" . }} <a href="{{ UnsubscribeURL }}">Unsubscribe</a>'),
  mautic: page('<a href="{unsubscribe_url}">Unsubscribe</a>'),
};

const espDialects = DIALECT_LIST.filter((d) => d.id !== 'generic');

describe('ESP dialects', () => {
  test('every ESP dialect has a sample', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(espDialects.map((d) => d.id).sort());
  });

  test.each(espDialects.filter((d) => d.unsubscribe.length > 0))('$name: its unsubscribe tag passes', (dialect) => {
    expect(result(SAMPLES[dialect.id] as string, 'unsubscribe-link', { esp: dialect.id }).status).toBe('pass');
  });

  test.each(espDialects.filter((d) => d.id !== 'constant-contact'))('$name: detected from its tags', (dialect) => {
    expect(checkCampaign(SAMPLES[dialect.id] as string).esp).toBe(dialect.id);
  });

  test.each(espDialects)('$name: the fix snippet, pasted into an empty footer, makes the check pass (or is an instruction)', (dialect) => {
    const before = result(page('<p>Hello</p>'), 'unsubscribe-link', { esp: dialect.id });
    expect(before.status).not.toBe('pass');
    expect(before.fix?.snippet).toBe(dialect.fix.unsubscribe);
    if (dialect.unsubscribe.length === 0) return; // Constant Contact: its footer is not in the source.
    const after = result(page(`<p>Hello</p>${dialect.fix.unsubscribe}`), 'unsubscribe-link', { esp: dialect.id });
    expect(after.status, after.evidence).toBe('pass');
  });

  test.each(espDialects.filter((d) => d.fix.address))('$name: the address snippet passes the postal check', (dialect) => {
    const after = result(page(`<p>${dialect.fix.address}</p>`), 'postal-address', { esp: dialect.id });
    expect(after.status, after.evidence).toBe('pass');
  });

  test('severity follows the ESP: auto footer warns and says what the ESP does, no footer fails', () => {
    const empty = page('<p>Spring sale</p>');
    for (const id of ['mailchimp', 'klaviyo', 'campaign-monitor', 'constant-contact', 'omnisend', 'mailjet'] as const) {
      const r = result(empty, 'unsubscribe-link', { esp: id });
      expect(r.status).toBe('warn');
      expect(r.evidence).toContain(DIALECTS[id].autoFooter.unsubscribe as string);
    }
    for (const id of ['listmonk', 'mautic', 'sendgrid', 'generic']) {
      expect(result(empty, 'unsubscribe-link', { esp: id }).status).toBe('fail');
    }
  });

  test("another ESP's tag under a named ESP is reported, not accepted", () => {
    const r = result(page('<a href="*|UNSUB|*">Unsubscribe</a>'), 'unsubscribe-link', { esp: 'listmonk' });
    expect(r.status).toBe('fail');
    expect(r.reason).toBe('wrong-dialect');
  });

  test('SendGrid ASM and legacy substitution forms both count', () => {
    expect(
      result(page('<a href="<%asm_group_unsubscribe_raw_url%>">Unsubscribe</a>'), 'unsubscribe-link', { esp: 'sendgrid' }).status,
    ).toBe('pass');
    expect(result(page('<a href="[unsubscribe]">Unsubscribe</a>'), 'unsubscribe-link', { esp: 'sendgrid' }).status).toBe('pass');
  });

  test('Brevo old form [UNSUBSCRIBE] counts', () => {
    expect(result(page('<a href="[UNSUBSCRIBE]">Unsubscribe</a>'), 'unsubscribe-link', { esp: 'brevo' }).status).toBe('pass');
  });
});
