import type { EspAdapter } from './types';

/** Omnisend (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const omnisend = {
  id: 'omnisend',
  name: 'Omnisend',
  matches: ['https://app.omnisend.com/*'],
  pages: [
    {
      kind: 'audience',
      test: (url) => /^\/audience(\/contacts)?\/?/.test(url.pathname),
      examples: ['https://app.omnisend.com/audience/contacts'],
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
    exportButton: [],
    editorSurface: [],
    sendButton: [],
  },
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/omnisend/. Verified on: documentation only (see confidence per page). */
