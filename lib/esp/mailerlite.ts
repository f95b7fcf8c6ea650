import type { EspAdapter } from './types';

/** MailerLite (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const mailerlite = {
  id: 'mailerlite',
  name: 'MailerLite',
  matches: ['https://dashboard.mailerlite.com/*', 'https://app.mailerlite.com/*'],
  pages: [
    {
      kind: 'audience',
      test: (url) => /^\/subscribers\/?$/.test(url.pathname) || /^\/groups\/\d+\/?$/.test(url.pathname),
      examples: ['https://dashboard.mailerlite.com/subscribers', 'https://dashboard.mailerlite.com/groups/55'],
      confidence: 'G',
    },
    {
      kind: 'contact',
      test: (url) => /^\/subscribers\/\d+/.test(url.pathname),
      examples: ['https://dashboard.mailerlite.com/subscribers/98765'],
      confidence: 'G',
    },
    {
      kind: 'campaign-editor',
      test: (url) => /^\/campaigns\/\d+(\/(content|edit))?/.test(url.pathname),
      examples: ['https://dashboard.mailerlite.com/campaigns/4411/content'],
      confidence: 'R',
    },
  ],
  selectors: {
    subscriberRow: ['table tbody tr'], // G: generic table rows until verified on a live account
    exportButton: [
      'button[data-test="export-subscribers"]', // G: Subscribers › "Export"
    ],
    editorSurface: [],
    sendButton: [],
  },
  exports: {
    delivery: 'file', // G
    deliveryConfidence: 'G',
    endpoints: [],
    requestButton: [],
    optedOutHints: ['unsubscribed', 'bounced', 'junk'],
  },
  editorFrames: ['iframe[title*="editor" i]'], // G
  mergeTagDialect: 'mailerlite',
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/mailerlite/. Verified on: documentation only (see confidence per page). */
