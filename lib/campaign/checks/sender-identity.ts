import { findTags } from '../haystack';
import type { CheckResult } from '../types';
import type { Check } from './context';

const RULES = ['CASL (CASL-1, CASL-2)', 'CAN-SPAM (CS-3)'];

const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:\*\||\{\{|\{%|%%|\[|[A-Z0-9])/i;
const COMPANY_SUFFIX =
  /\b[A-Z][\w&'’-]*(?:\s+[A-Z&][\w&'’-]*){0,4},?\s+(?:Inc|LLC|L\.L\.C\.|Ltd|Limited|GmbH|AG|SAS|SARL|S\.A\.|S\.L\.|S\.p\.A\.|S\.r\.l\.|B\.V\.|N\.V\.|Pty|Oy|AB|ASA|ApS|Sp\. z o\.o\.|s\.r\.o\.|Kft|plc|PLC|Corp|Corporation|Co\.)(?![\w])/;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])\d{3}[\s.-]?\d{3,4}\b/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const WEB = /\bwww\.[\w-]+\.[a-z]{2,}|\bhttps?:\/\/[\w-]+\.[\w.-]+/i;
/** ESP tags that print a website, phone or email of the sender. */
const CONTACT_TAGS = /\{\{\s*site_settings\.(?:company_domain|company_phone)\s*\}\}|\*\|LIST:URL\|\*|%SENDER-INFO/;

export const senderIdentity: Check = (ctx) => {
  const { dialect } = ctx;
  const make = (status: CheckResult['status'], evidence: string, reason?: string, snippet?: string | null): CheckResult => ({
    id: 'sender-identity',
    status,
    title: 'Sender identity',
    evidence,
    ...(reason ? { reason } : {}),
    ...(status === 'pass'
      ? {}
      : {
          fix: {
            text:
              reason === 'no-contact'
                ? 'For Canadian recipients (CASL), add a phone number, email address or web address next to the postal address.'
                : `Name the organisation sending the email${dialect.fix.sender && dialect.id !== 'generic' ? ` with ${dialect.name}'s tag` : ''}.`,
            ...(snippet ? { snippet } : {}),
          },
        }),
    rules: RULES,
    lesson: 'campaign-sender-identity',
  });
  const text = ctx.doc.visibleText;
  const senderTag = findTags(
    ctx.hay,
    ctx.accepted.flatMap((d) => d.sender),
  ).find((t) => !t.hidden);
  const org = ctx.organisation && text.toLowerCase().includes(ctx.organisation.toLowerCase()) ? 'the organisation named in policy' : null;
  const named = senderTag
    ? senderTag.label
    : (org ?? (COPYRIGHT.test(text) ? 'a copyright line' : COMPANY_SUFFIX.test(text) ? 'a company name' : null));
  const literalLinks = ctx.doc.links.some(
    (l) => !l.hidden && l.href && /^(?:https?:|mailto:)/i.test(l.href) && !/unsub|opt.?out/i.test(l.href),
  );
  const contact = CONTACT_TAGS.test(ctx.hay.visible)
    ? 'a contact tag'
    : PHONE.test(text)
      ? 'a phone number'
      : EMAIL.test(text)
        ? 'an email address'
        : WEB.test(text) || literalLinks
          ? 'a web address'
          : null;
  if (!named) {
    return make(
      'warn',
      'No organisation name, sender tag or copyright line was found.',
      'no-organisation',
      dialect.fix.sender ?? 'Your Company Ltd',
    );
  }
  if (!contact)
    return make('warn', `Sender named (${named}), but no phone, email or web address besides the postal address.`, 'no-contact');
  return make('pass', `Sender named (${named}) with ${contact} to reach them.`);
};
