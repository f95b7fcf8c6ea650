/**
 * What no campaign editor shows, listed with every result so a UI never implies that all green
 * means "compliant" (docs/esp-reference.md §3: checkability N).
 */
export const NOT_CHECKED: readonly string[] = [
  'Consent: whether each recipient opted in (GDPR Art. 6/7, CASL express or implied consent)',
  'Opt-out deadlines: honouring unsubscribes within 10 business days (CAN-SPAM, CASL) or 2 days (Gmail/Yahoo)',
  'One-click unsubscribe headers (List-Unsubscribe, List-Unsubscribe-Post, RFC 8058) and DKIM/SPF/DMARC',
  'That the unsubscribe link works at send time and for at least 30 days (60 under CASL), without a login',
  'That the From, Reply-To and subject line are not misleading',
];
