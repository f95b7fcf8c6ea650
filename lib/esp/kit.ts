import type { EspAdapter } from './types';

/** Kit, formerly ConvertKit (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const kit = {
  id: 'kit',
  name: 'Kit',
  matches: ['https://app.kit.com/*', 'https://app.convertkit.com/*'],
  pages: [
    {
      kind: 'audience',
      test: (url) => /^\/subscribers\/?$/.test(url.pathname),
      examples: ['https://app.kit.com/subscribers', 'https://app.convertkit.com/subscribers?status=active'],
      confidence: 'G',
    },
    {
      kind: 'contact',
      test: (url) => /^\/subscribers\/\d+/.test(url.pathname),
      examples: ['https://app.kit.com/subscribers/123456'],
      confidence: 'G',
    },
    {
      kind: 'campaign-editor',
      test: (url) => /^\/campaigns\/\d+\/draft/.test(url.pathname),
      examples: ['https://app.kit.com/campaigns/9911/draft'],
      confidence: 'R',
    },
  ],
  selectors: {
    subscriberRow: ['table tbody tr'], // G: generic table rows until verified on a live account
    exportButton: [],
    editorSurface: [],
    sendButton: [],
  },
  exports: {
    // G: Subscribers › bulk action › Export; the CSV is prepared and emailed.
    delivery: 'email',
    deliveryConfidence: 'G',
    endpoints: [],
    requestButton: [
      'button[data-bulk-action="export"]', // G: bulk actions menu entry
    ],
    optedOutHints: ['cancelled', 'unsubscribed', 'bounced'],
  },
  editorFrames: ['iframe[title*="editor" i]'], // G
  mergeTagDialect: 'kit',
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/kit/. Verified on: documentation only (see confidence per page). */
