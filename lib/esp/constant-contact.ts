import type { EspAdapter } from './types';

/** Constant Contact (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const constantContact = {
  id: 'constant-contact',
  name: 'Constant Contact',
  matches: ['https://app.constantcontact.com/*'],
  pages: [
    {
      kind: 'audience',
      test: (url) => /^\/pages\/contacts\//.test(url.pathname),
      examples: ['https://app.constantcontact.com/pages/contacts/ui#lists'],
      confidence: 'R',
    },
    {
      kind: 'campaign-editor',
      test: (url) => /^\/pages\/(campaigns|ecampaigns)\/.*(edit|design)/.test(url.pathname),
      examples: ['https://app.constantcontact.com/pages/campaigns/email-details/edit/abc'],
      confidence: 'G',
    },
  ],
  selectors: {
    subscriberRow: ['table tbody tr'], // G: generic table rows until verified on a live account
    exportButton: [],
    editorSurface: [],
    sendButton: [],
  },
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/constant-contact/. Verified on: documentation only (see confidence per page). */
