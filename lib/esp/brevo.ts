import type { EspAdapter } from './types';

/** Brevo, formerly Sendinblue (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const brevo = {
  id: 'brevo',
  name: 'Brevo',
  matches: ['https://app.brevo.com/*', 'https://app.sendinblue.com/*'],
  pages: [
    {
      kind: 'audience',
      test: (url) => /^\/contact\/list(\/id\/\d+)?\/?$/.test(url.pathname),
      examples: ['https://app.brevo.com/contact/list', 'https://app.brevo.com/contact/list/id/7'],
      confidence: 'R',
    },
    {
      kind: 'contact',
      test: (url) => /^\/contact\/index\/\d+/.test(url.pathname),
      examples: ['https://app.brevo.com/contact/index/31'],
      confidence: 'G',
    },
    {
      kind: 'campaign-editor',
      test: (url) => /^\/(campaign|editor)\/.*(edit|design)/.test(url.pathname),
      examples: ['https://app.brevo.com/campaign/edit/12/design'],
      confidence: 'G',
    },
  ],
  selectors: {
    subscriberRow: ['table tbody tr'], // G: generic table rows until verified on a live account
    exportButton: [
      'button[data-testid="export-contacts"]', // G: Contacts › select › Export
    ],
    editorSurface: [],
    sendButton: [],
  },
  exports: {
    delivery: 'file', // G: not confirmed whether large exports are emailed instead
    deliveryConfidence: 'G',
    endpoints: [],
    requestButton: [],
    optedOutHints: ['blacklist', 'blocklist', 'unsubscribed'],
  },
  editorFrames: ['iframe[title*="editor" i]'], // G
  mergeTagDialect: 'brevo',
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/brevo/. Verified on: documentation only (see confidence per page). */
