import type { EspAdapter } from './types';

/** SendGrid (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
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
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/sendgrid/. Verified on: documentation only (see confidence per page). */
