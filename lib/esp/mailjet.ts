import type { EspAdapter } from './types';

/** Mailjet (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const mailjet = {
  id: 'mailjet',
  name: 'Mailjet',
  matches: ['https://app.mailjet.com/*'],
  pages: [
    {
      kind: 'audience',
      test: (url) => /^\/contacts(\/lists)?\/?$/.test(url.pathname) || /^\/contacts\/lists\/\d+/.test(url.pathname),
      examples: [
        'https://app.mailjet.com/contacts',
        'https://app.mailjet.com/contacts/lists',
        'https://app.mailjet.com/contacts/lists/1234',
      ],
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
    exportButton: [
      'button[data-testid="list-export"]', // G: list › "Export"
    ],
    editorSurface: [],
    sendButton: [],
  },
  exports: {
    delivery: 'file', // G
    deliveryConfidence: 'G',
    endpoints: [],
    requestButton: [],
    optedOutHints: ['unsub', 'excluded', 'blocked'],
  },
  editorFrames: ['iframe[title*="editor" i]'], // G
  mergeTagDialect: 'mailjet',
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/mailjet/. Verified on: documentation only (see confidence per page). */
