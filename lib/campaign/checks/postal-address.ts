import { findAddresses, RECIPIENT_ADDRESS_VARS } from '../address-patterns';
import { findTags } from '../haystack';
import type { CheckResult } from '../types';
import type { Check } from './context';

const RULES = ['CAN-SPAM (CS-2)', 'CASL (CASL-2)'];

/** Visible text with whitespace tidied inside lines (non-breaking spaces, tabs), line breaks kept. */
export const tidyLines = (text: string) =>
  text
    .replace(/[\u00a0\t ]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .split('\u0000')
    .join('\n');

export const postalAddress: Check = (ctx) => {
  const { dialect } = ctx;
  const fixSnippet = dialect.fix.address ?? 'Your Company Ltd, 1 Example Street, Springfield, IL 62701, USA';
  const fix = {
    text:
      dialect.fix.address && dialect.id !== 'generic'
        ? `Add ${dialect.name}'s address tag to the footer (it prints the address from your account settings).`
        : `${dialect.id === 'generic' ? 'Without an ESP address tag' : `${dialect.name} has no address tag`}: type your organisation's postal address (a PO box or registered private mailbox is fine) into the footer.`,
    snippet: fixSnippet,
  };
  const make = (status: CheckResult['status'], evidence: string, reason?: string): CheckResult => ({
    id: 'postal-address',
    status,
    title: 'Postal address',
    evidence,
    ...(reason ? { reason } : {}),
    ...(status === 'pass' ? {} : { fix }),
    rules: RULES,
    lesson: 'campaign-postal-address',
  });

  const tags = findTags(
    ctx.hay,
    ctx.accepted.flatMap((d) => d.address),
  );
  const visibleTag = tags.find((t) => !t.hidden);
  if (visibleTag)
    return make(
      'pass',
      `Found ${visibleTag.label}. Checked: present; whether the address in your account settings is valid cannot be seen here.`,
    );

  const addresses = findAddresses(tidyLines(ctx.doc.visibleText));
  const sender = addresses.find((a) => a.complete && !a.recipient);
  if (sender) return make('pass', `Found a literal postal address in ${sender.country} format (street line with city and postcode).`);

  if (tags[0]) return make('fail', `${tags[0].label} is in the source but hidden from the reader (${tags[0].hidden}).`, 'hidden');
  const recipientTags = findTags(
    ctx.hay,
    ctx.accepted.flatMap((d) => d.recipientAddress),
  );
  const recipientOnly =
    addresses.some((a) => a.complete && a.recipient) || recipientTags.length > 0 || RECIPIENT_ADDRESS_VARS.test(ctx.hay.visible);
  if (recipientOnly) {
    return make(
      'warn',
      "The only address found is the recipient's own (shipping, billing or a recipient merge tag), not the sender's.",
      'recipient-only',
    );
  }
  if (addresses.some((a) => !a.recipient)) {
    return make('warn', 'A street line was found, but no city or postcode with it: an incomplete address.', 'street-only');
  }
  if (dialect.autoFooter.address) {
    return make('warn', `No postal address in the campaign. ${dialect.autoFooter.address}`, 'esp-adds-address');
  }
  return make('fail', `No postal address in the campaign, and ${dialect.name} adds none for you.`, 'missing');
};
