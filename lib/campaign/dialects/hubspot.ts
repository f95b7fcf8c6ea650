import { tag, type Dialect } from './types';

/** HubSpot marketing email tokens (C: knowledge.hubspot.com, CAN-SPAM footer). */
export const hubspot: Dialect = {
  id: 'hubspot',
  name: 'HubSpot',
  // {{ unsubscribe_link }} opens subscription preferences where "unsubscribe from all" is offered.
  unsubscribe: [tag(/\{\{\s*unsubscribe_link(?:_all)?\s*\}\}/, '{{ unsubscribe_link_all }}')],
  preferences: [],
  address: [tag(/\{\{\s*site_settings\.company_street_address_1\s*\}\}/, '{{ site_settings.company_street_address_1 }}')],
  sender: [tag(/\{\{\s*site_settings\.company_name\s*\}\}/, '{{ site_settings.company_name }}')],
  recipientAddress: [tag(/\{\{\s*contact\.(?:address|city|zip)\s*\}\}/, '{{ contact.address }}')],
  signatures: [
    /\{\{\s*site_settings\./,
    /\{\{\s*unsubscribe_link(?:_all)?\s*\}\}/,
    /\{%\s*(?:module|dnd_area)\b/,
    /\{\{\s*view_as_page_url\s*\}\}/,
  ],
  fix: {
    unsubscribe: '<a href="{{ unsubscribe_link_all }}">Unsubscribe</a>',
    address:
      '{{ site_settings.company_street_address_1 }}, {{ site_settings.company_city }}, {{ site_settings.company_state }} {{ site_settings.company_zip }}',
    sender: '{{ site_settings.company_name }}',
  },
  // HubSpot refuses to save or publish without them, which is a gap to fix rather than a footer it adds.
  autoFooter: { unsubscribe: null, address: null },
};
