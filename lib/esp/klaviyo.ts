import type { EspAdapter } from './types';

/** Klaviyo (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const klaviyo = {
  id: 'klaviyo',
  name: 'Klaviyo',
  matches: ['https://www.klaviyo.com/*'],
  pages: [
    {
      kind: 'export',
      // G: the list/segment export with its property picker; modelled as its own route.
      test: (url) => /^\/list\/[A-Za-z0-9]+\/export\/?$/.test(url.pathname),
      examples: ['https://www.klaviyo.com/list/XyZ123/export'],
      confidence: 'G',
    },
    {
      kind: 'audience',
      test: (url) => /^\/list\/[A-Za-z0-9]+\/(members|[a-z0-9-]+)\/?$/.test(url.pathname) || /^\/lists\/?$/.test(url.pathname),
      examples: ['https://www.klaviyo.com/list/XyZ123/members', 'https://www.klaviyo.com/list/XyZ123/newsletter-subscribers'],
      confidence: 'R',
    },
    {
      kind: 'contact',
      test: (url) => /^\/profile\/[A-Za-z0-9]+/.test(url.pathname),
      examples: ['https://www.klaviyo.com/profile/01HABCDEF'],
      confidence: 'G',
    },
    {
      kind: 'campaign-editor',
      test: (url) => /^\/email-template-editor\//.test(url.pathname),
      examples: [
        'https://www.klaviyo.com/email-template-editor/campaign/01HXYZ/content/edit',
        'https://www.klaviyo.com/email-template-editor/TmPl42',
      ],
      confidence: 'R',
    },
  ],
  selectors: {
    subscriberRow: ['table tbody tr'], // G: generic table rows until verified on a live account
    exportButton: [
      'a[href$="/export"]', // G: "Manage list" menu entry leading to the export page
      'button[data-testid="export-list-button"]', // G: "Export to CSV" on the export page
    ],
    editorSurface: [
      '[data-testid="template-editor-body"] [contenteditable="true"]', // G: drag-and-drop text blocks
      'textarea[data-testid="html-editor"]', // G: HTML template editor
      'iframe[title="Email preview"]', // G: preview frame
    ],
    sendButton: [
      'button[data-testid="send-campaign-button"]', // G: "Send campaign" / "Schedule campaign"
    ],
  },
  exports: {
    delivery: 'file', // G: the CSV is downloaded in the session for small lists
    deliveryConfidence: 'G',
    endpoints: [],
    requestButton: [],
    optedOutHints: ['suppress', 'unsubscribed'],
  },
  // G: preview frames (desktop and mobile). "Preview as" a profile renders that profile's data there (R:
  // help pages), so the exposure scan masks and counts them (fixture klaviyo/campaign-preview.html).
  editorFrames: ['iframe[title*="preview" i]'],
  mergeTagDialect: 'klaviyo',
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/klaviyo/. Verified on: documentation only (see confidence per page). */
