import type { EspAdapter } from './types';

/** listmonk (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const listmonk = {
  id: 'listmonk',
  name: 'listmonk',
  matches: [],
  /** Self-hosted: matched through hosts the user or policy grants (optional permissions). */
  selfHosted: true,
  pages: [
    {
      kind: 'audience',
      test: (url) => /\/admin\/subscribers(\/lists\/\d+)?\/?$/.test(url.pathname),
      examples: ['http://listmonk.localhost/admin/subscribers', 'http://listmonk.localhost/admin/subscribers/lists/3'],
      confidence: 'C',
    },
    {
      kind: 'campaign-editor',
      test: (url) => /\/admin\/campaigns\/(\d+|new)/.test(url.pathname),
      examples: ['http://listmonk.localhost/admin/campaigns/12', 'http://listmonk.localhost/admin/campaigns/new'],
      confidence: 'C',
    },
  ],
  selectors: {
    subscriberRow: ['table tbody tr'], // G: generic table rows until verified on a live account
    exportButton: [],
    editorSurface: [
      '.campaign textarea.html-editor', // G: raw HTML format editor
      '.campaign .ProseMirror[contenteditable="true"]', // G: rich-text (TipTap/ProseMirror) editor
    ],
    sendButton: [
      'button[data-cy="btn-send"]', // G: "Start campaign"
      'button[data-cy="btn-schedule"]', // G: "Schedule campaign"
    ],
  },
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/listmonk/. Verified on: documentation only (see confidence per page). */
