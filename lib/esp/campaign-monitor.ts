import type { EspAdapter } from './types';

/** Campaign Monitor (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const campaignMonitor = {
  id: 'campaign-monitor',
  name: 'Campaign Monitor',
  matches: ['https://*.createsend.com/*'],
  pages: [
    {
      kind: 'audience',
      test: (url) => /^\/subscribers\/(listDetail\.aspx)?/i.test(url.pathname),
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
    exportButton: [],
    editorSurface: [],
    sendButton: [],
  },
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/campaign-monitor/. Verified on: documentation only (see confidence per page). */
