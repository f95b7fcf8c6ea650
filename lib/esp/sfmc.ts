import type { EspAdapter } from './types';

/** Salesforce Marketing Cloud (docs/esp-reference.md §2.2). Routing lives in the URL hash. */
export const sfmc = {
  id: 'sfmc',
  name: 'Salesforce Marketing Cloud',
  matches: ['https://*.exacttarget.com/*', 'https://*.marketingcloudapps.com/*'],
  pages: [
    {
      kind: 'audience',
      test: (url) => /Subscribers|CustomObjects/i.test(decodeURIComponent(url.hash)),
      examples: [
        'https://mc.s7.exacttarget.com/cloud/#app/Email/C12/Default.aspx?entityType=none%23Subscribers/CustomObjects/123/?ts=456/view',
      ],
      confidence: 'R',
    },
    {
      kind: 'campaign-editor',
      test: (url) => /Content Builder/i.test(decodeURIComponent(url.hash)),
      examples: ['https://mc.s7.exacttarget.com/cloud/#app/Content%20Builder'],
      confidence: 'G',
    },
  ],
  selectors: {
    subscriberRow: ['table tbody tr'], // G: generic table rows until verified on a live account
    exportButton: [],
    editorSurface: [],
    sendButton: [],
  },
  exports: {
    // G: Data extension › Export writes to the Safehouse / Enhanced FTP and notifies by email.
    delivery: 'email',
    deliveryConfidence: 'G',
    endpoints: [],
    requestButton: [
      'button[data-action="export-data-extension"]', // G: "Export" in the data extension toolbar
    ],
    optedOutHints: ['unsubscribed', 'held', 'bounced'],
  },
  editorFrames: ['iframe[title*="Content Builder" i]'], // G
  mergeTagDialect: 'sfmc',
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/sfmc/. Verified on: documentation only (see confidence per page). */
