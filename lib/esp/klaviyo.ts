import type { EspAdapter } from './types';

/** Klaviyo (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const klaviyo = {
  id: 'klaviyo',
  name: 'Klaviyo',
  matches: ['https://www.klaviyo.com/*'],
  pages: [
    {
      kind: 'audience',
      test: (url) => /^\/list\/[A-Za-z0-9]+\/(members|[a-z0-9-]+)\/?$/.test(url.pathname),
      examples: ['https://www.klaviyo.com/list/XyZ123/members'],
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
    exportButton: [],
    editorSurface: [
      '[data-testid="template-editor-body"] [contenteditable="true"]', // G: drag-and-drop text blocks
      'textarea[data-testid="html-editor"]', // G: HTML template editor
      'iframe[title="Email preview"]', // G: preview frame
    ],
    sendButton: [
      'button[data-testid="send-campaign-button"]', // G: "Send campaign" / "Schedule campaign"
    ],
  },
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/klaviyo/. Verified on: documentation only (see confidence per page). */
