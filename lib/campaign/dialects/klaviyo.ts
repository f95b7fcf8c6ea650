import { tag, type Dialect } from './types';

/** Klaviyo template tags (C: help.klaviyo.com/hc/en-us/articles/115005078267). */
export const klaviyo: Dialect = {
  id: 'klaviyo',
  name: 'Klaviyo',
  unsubscribe: [
    tag(/\{%-?\s*unsubscribe(?:_link)?\b[^%]*%\}/, '{% unsubscribe %}'),
    tag(/\{\{\s*unsubscribe_link\s*\}\}/, '{{ unsubscribe_link }}'),
  ],
  preferences: [tag(/\{%-?\s*manage_preferences(?:_link)?\b[^%]*%\}/, '{% manage_preferences %}')],
  address: [tag(/\{\{\s*organization\.(?:full_)?address\s*(?:\|[^}]*)?\}\}/, '{{ organization.full_address }}')],
  sender: [tag(/\{\{\s*organization\.name\s*(?:\|[^}]*)?\}\}/, '{{ organization.name }}')],
  recipientAddress: [tag(/\{\{\s*person\.(?:address|location|city|zip)[^}]*\}\}/, '{{ person.address }}')],
  signatures: [/\{%-?\s*(?:unsubscribe|manage_preferences|web_view)\b/, /\{\{\s*(?:organization|person)\.[a-z_]+/],
  fix: { unsubscribe: "{% unsubscribe 'Unsubscribe' %}", address: '{{ organization.full_address }}', sender: '{{ organization.name }}' },
  autoFooter: {
    unsubscribe: 'Klaviyo will add a basic unsubscribe link and one-click List-Unsubscribe headers.',
    address: null,
  },
};
