import type { EspAdapter } from './types';

/** Constant Contact (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const constantContact = {
  id: 'constant-contact',
  name: 'Constant Contact',
  matches: ['https://app.constantcontact.com/*'],
  pages: [
    {
      kind: 'audience',
      // R (Microsoft Customer Insights docs). The SPA routes lists and contacts in the hash.
      test: (url) => /^\/pages\/contacts\//.test(url.pathname) && !/#contact\//.test(url.hash),
      examples: ['https://app.constantcontact.com/pages/contacts/ui#lists', 'https://app.constantcontact.com/pages/contacts/ui#contacts'],
      confidence: 'R',
    },
    {
      kind: 'contact',
      test: (url) => /^\/pages\/contacts\//.test(url.pathname) && /#contact\//.test(url.hash),
      examples: ['https://app.constantcontact.com/pages/contacts/ui#contact/1a2b3c'],
      confidence: 'G',
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
    exportButton: [
      'button[data-qe-id="export-contacts"]', // G: Contacts › select › Export
    ],
    editorSurface: [],
    sendButton: [],
  },
  exports: {
    delivery: 'file', // G: the file is offered from the contacts activity page
    deliveryConfidence: 'G',
    endpoints: [],
    requestButton: [],
    optedOutHints: ['unsubscribed', 'opt[-_ ]?out'],
  },
  editorFrames: ['iframe[title*="editor" i]'], // G
  mergeTagDialect: 'constant-contact',
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/constant-contact/. Verified on: documentation only (see confidence per page). */
