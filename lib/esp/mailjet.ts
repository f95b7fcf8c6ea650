import type { EspAdapter } from './types';

/** Mailjet (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const mailjet = {
  id: 'mailjet',
  name: 'Mailjet',
  matches: ['https://app.mailjet.com/*'],
  pages: [
    {
      kind: 'audience',
      test: (url) => /^\/contacts(\/lists)?\/?$/.test(url.pathname),
      examples: ['https://app.mailjet.com/contacts', 'https://app.mailjet.com/contacts/lists'],
      confidence: 'R',
    },
    {
      kind: 'campaign-editor',
      test: (url) => /^\/(campaigns|template)\/.*(edit|build)/.test(url.pathname),
      examples: ['https://app.mailjet.com/campaigns/123/build'],
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

/* Fixtures: tests/fixtures/esp/mailjet/. Verified on: documentation only (see confidence per page). */
