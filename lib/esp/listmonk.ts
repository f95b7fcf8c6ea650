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
      kind: 'contact',
      // R: the admin opens a subscriber in a modal whose route is /admin/subscribers/{id}.
      test: (url) => /\/admin\/subscribers\/\d+\/?$/.test(url.pathname),
      examples: ['https://lists.example.org/admin/subscribers/42'],
      confidence: 'R',
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
    exportButton: [
      'a[href*="/api/subscribers/export"]', // C: the "Export" link requests the current query as CSV (cmd/handlers.go)
      'a[href*="/api/subscribers/"][href$="/export"]', // C: one subscriber's data as JSON
    ],
    editorSurface: [
      '.campaign textarea.html-editor', // G: raw HTML format editor
      '.campaign .ProseMirror[contenteditable="true"]', // G: rich-text (TipTap/ProseMirror) editor
    ],
    sendButton: [
      'button[data-cy="btn-send"]', // G: "Start campaign"
      'button[data-cy="btn-schedule"]', // G: "Schedule campaign"
    ],
  },
  exports: {
    delivery: 'file',
    deliveryConfidence: 'C',
    endpoints: [
      {
        path: '/api/subscribers/export',
        delivery: 'file',
        confidence: 'C',
        note: 'CSV of the current query (knadh/listmonk cmd/handlers.go)',
      },
      { path: '/api/subscribers/[0-9]+/export', delivery: 'file', confidence: 'C', note: 'one subscriber’s data as JSON' },
    ],
    requestButton: [],
    optedOutHints: ['unsubscribed', 'blocklist'],
  },
  editorFrames: ['iframe.preview', 'iframe[title*="preview" i]'], // G
  mergeTagDialect: 'listmonk',
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/listmonk/. Verified on: documentation only (see confidence per page). */
