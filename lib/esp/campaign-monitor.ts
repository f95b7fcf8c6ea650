import type { EspAdapter } from './types';

/** Campaign Monitor (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const campaignMonitor = {
  id: 'campaign-monitor',
  name: 'Campaign Monitor',
  matches: ['https://*.createsend.com/*'],
  pages: [
    {
      kind: 'export',
      test: (url) => /^\/subscribers\/export/i.test(url.pathname),
      examples: ['https://acme.createsend.com/subscribers/exportList.aspx?listID=ABC'],
      confidence: 'G',
    },
    {
      kind: 'audience',
      test: (url) => /^\/subscribers\/(listDetail\.aspx)?$/i.test(url.pathname),
      examples: ['https://acme.createsend.com/subscribers/', 'https://acme.createsend.com/subscribers/listDetail.aspx?listID=ABC'],
      confidence: 'R',
    },
    {
      kind: 'campaign-editor',
      test: (url) => /^\/campaigns\/.*(edit|design|content)/i.test(url.pathname),
      examples: ['https://acme.createsend.com/campaigns/content/edit/1'],
      confidence: 'G',
    },
  ],
  selectors: {
    subscriberRow: ['table tbody tr'], // G: generic table rows until verified on a live account
    exportButton: [
      'a[href*="/subscribers/export"]', // G: list detail › "Export"
    ],
    editorSurface: [],
    sendButton: [],
  },
  exports: {
    delivery: 'file', // G
    deliveryConfidence: 'G',
    endpoints: [],
    requestButton: [],
    optedOutHints: ['unsubscribed', 'suppression', 'deleted'],
  },
  editorFrames: ['iframe[title*="editor" i]'], // G
  mergeTagDialect: 'campaign-monitor',
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/campaign-monitor/. Verified on: documentation only (see confidence per page). */
