import type { EspAdapter } from './types';

/** Omnisend (docs/esp-reference.md §2.2: host R, pages not found in the docs). */
export const omnisend = {
  id: 'omnisend',
  name: 'Omnisend',
  matches: ['https://app.omnisend.com/*'],
  pages: [
    {
      kind: 'contact',
      test: (url) => /^\/audience\/contacts\/[0-9a-f]{6,}/.test(url.pathname),
      examples: ['https://app.omnisend.com/audience/contacts/65ab12cd'],
      confidence: 'G',
    },
    {
      kind: 'audience',
      test: (url) => /^\/audience(\/contacts|\/segments\/[^/]+)?\/?$/.test(url.pathname),
      examples: ['https://app.omnisend.com/audience/contacts', 'https://app.omnisend.com/audience'],
      confidence: 'G',
    },
    {
      kind: 'campaign-editor',
      test: (url) => /^\/campaigns\/.*(edit|content)/.test(url.pathname),
      examples: ['https://app.omnisend.com/campaigns/65ab/content'],
      confidence: 'G',
    },
  ],
  selectors: {
    subscriberRow: ['table tbody tr'], // G: generic table rows until verified on a live account
    exportButton: [
      'button[data-test-id="export-contacts"]', // G: Audience › "Export"
    ],
    editorSurface: [],
    sendButton: [],
  },
  exports: {
    delivery: 'file', // G
    deliveryConfidence: 'G',
    endpoints: [],
    requestButton: [],
    optedOutHints: ['unsubscribed', 'non[-_ ]?subscribed'],
  },
  editorFrames: ['iframe[title*="editor" i]'], // G
  mergeTagDialect: 'omnisend',
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/omnisend/. Verified on: nothing beyond the host (see confidence per page). */
