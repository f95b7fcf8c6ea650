import type { EspAdapter } from './types';

/** HubSpot (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const hubspot = {
  id: 'hubspot',
  name: 'HubSpot',
  matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  pages: [
    {
      kind: 'contact',
      test: (url) => /^\/contacts\/\d+\/(record\/0-1|contact)\/\d+/.test(url.pathname),
      examples: ['https://app.hubspot.com/contacts/4455667/record/0-1/1201', 'https://app.hubspot.com/contacts/4455667/contact/1201'],
      confidence: 'R',
    },
    {
      kind: 'audience',
      test: (url) => /^\/contacts\/\d+\/objects\/0-1\/views\//.test(url.pathname) || /^\/lists\/\d+\//.test(url.pathname),
      examples: ['https://app.hubspot.com/contacts/4455667/objects/0-1/views/all/list', 'https://app.hubspot.com/lists/4455667/list/12'],
      confidence: 'G',
    },
    {
      kind: 'campaign-editor',
      test: (url) => /^\/email\/\d+\/(edit|edit-beta)\/\d+/.test(url.pathname),
      examples: ['https://app.hubspot.com/email/4455667/edit/998877/content'],
      confidence: 'R',
    },
  ],
  selectors: {
    subscriberRow: ['table tbody tr'], // G: generic table rows until verified on a live account
    exportButton: [
      'button[data-test-id="export-view-button"]', // G: "Export" on the contacts index toolbar (opens the export dialog)
    ],
    editorSurface: [
      'iframe[data-test-id="email-editor-iframe"]', // G: same-origin canvas iframe of the drag-and-drop editor
      'textarea[data-test-id="rich-text-source"]', // G: source-code view of a rich-text module
    ],
    sendButton: [
      'button[data-test-id="review-and-send-button"]', // G: "Review and send"
      'button[data-test-id="schedule-send-button"]', // G: "Schedule"
    ],
  },
  exports: {
    // R: exports are processed in the background, then linked from the notification centre and by email.
    delivery: 'email',
    deliveryConfidence: 'R',
    endpoints: [
      {
        path: '^/api/crm-exports/',
        delivery: 'email',
        confidence: 'G',
        note: 'in-app export request (path guessed; public API is /crm/v3/exports, C)',
      },
    ],
    requestButton: [
      '[role="dialog"] button[data-test-id="export-dialog-confirm"]', // G: "Export" in the export dialog
      '[role="dialog"] button[data-selenium-test="export-button"]', // G: older dialog
    ],
    optedOutHints: ['unsubscribed', 'opted[-_ ]?out'],
  },
  editorFrames: ['iframe[data-test-id="email-preview"]'], // G
  mergeTagDialect: 'hubspot',
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/hubspot/. Verified on: documentation only (see confidence per page). */
