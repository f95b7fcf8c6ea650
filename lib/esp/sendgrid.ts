import type { EspAdapter } from './types';

/** Twilio SendGrid Marketing Campaigns (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const sendgrid = {
  id: 'sendgrid',
  name: 'SendGrid',
  matches: ['https://mc.sendgrid.com/*'],
  pages: [
    {
      kind: 'audience',
      test: (url) => /^\/contacts\/?$/.test(url.pathname) || /^\/contacts\/lists\//.test(url.pathname),
      examples: ['https://mc.sendgrid.com/contacts', 'https://mc.sendgrid.com/contacts/lists/abc-123'],
      confidence: 'R',
    },
    {
      kind: 'campaign-editor',
      test: (url) => /^\/single-sends\/[^/]+\/editor/.test(url.pathname) || /^\/dynamic-templates\/[^/]+\/version\//.test(url.pathname),
      examples: ['https://mc.sendgrid.com/single-sends/5f2c/editor'],
      confidence: 'G',
    },
  ],
  selectors: {
    subscriberRow: ['table tbody tr'], // G: generic table rows until verified on a live account
    exportButton: [],
    editorSurface: [
      'textarea.code-editor-textarea', // G: Single Sends code editor (CodeMirror's backing textarea)
      'iframe.design-preview', // G: design/preview pane
    ],
    sendButton: [
      'button[data-qahook="sendButton"]', // G: "Send" / "Schedule" in the Single Send review bar
    ],
  },
  exports: {
    // Contacts › Export sends a CSV link by email (R); the API is POST /v3/marketing/contacts/exports (G).
    delivery: 'email',
    deliveryConfidence: 'R',
    endpoints: [{ path: '^/v3/marketing/contacts/exports', delivery: 'email', confidence: 'G', note: 'export job request' }],
    requestButton: [
      'button[data-qahook="exportContactsButton"]', // G: "Export" on the contacts page
      '[role="dialog"] button[data-qahook="confirmExport"]', // G: confirm in the export modal
    ],
    optedOutHints: ['unsubscribe', 'suppression'],
  },
  editorFrames: ['iframe[title*="editor" i]'], // G
  mergeTagDialect: 'sendgrid-mc',
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/sendgrid/. Verified on: documentation only (see confidence per page). */
