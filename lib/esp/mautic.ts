import type { EspAdapter } from './types';

/** Mautic (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const mautic = {
  id: 'mautic',
  name: 'Mautic',
  matches: [],
  /** Self-hosted: matched through hosts the user or policy grants (optional permissions). */
  selfHosted: true,
  pages: [
    {
      kind: 'audience',
      test: (url) => /\/s\/(contacts(\/\d+)?|segment\/view\/\d+\/contact(\/\d+)?)\/?$/.test(url.pathname),
      examples: [
        'http://mautic.localhost/s/contacts',
        'http://mautic.localhost/s/contacts/2',
        'https://mautic.example.org/s/segment/view/4/contact/1',
      ],
      confidence: 'C',
    },
    {
      kind: 'contact',
      test: (url) => /\/s\/contacts\/view\/\d+/.test(url.pathname),
      examples: ['http://mautic.localhost/s/contacts/view/5'],
      confidence: 'R',
    },
    {
      kind: 'campaign-editor',
      test: (url) => /\/s\/emails\/(edit|builder)\/\d+/.test(url.pathname),
      examples: ['http://mautic.localhost/s/emails/edit/8', 'http://mautic.localhost/s/emails/builder/8'],
      confidence: 'G',
    },
  ],
  selectors: {
    subscriberRow: ['table tbody tr'], // G: generic table rows until verified on a live account
    exportButton: [
      'a[href*="/s/contacts/batchExport"]', // C: toolbar "Export" (LeadBundle ButtonSubscriber), csv or xlsx
      'a[href*="/s/contacts/contact/export/"]', // C: one contact's data
    ],
    editorSurface: [],
    sendButton: [],
  },
  exports: {
    delivery: 'file',
    deliveryConfidence: 'C',
    endpoints: [
      {
        path: '/s/contacts/batchExport',
        delivery: 'file',
        confidence: 'C',
        note: 'contacts index export, ?filetype=csv|xlsx (LeadBundle config.php)',
      },
      { path: '/s/contacts/contact/export/[0-9]+', delivery: 'file', confidence: 'C', note: 'single contact export' },
      { path: '/s/contacts/export/download/', delivery: 'file', confidence: 'C', note: 'asynchronous export download' },
    ],
    requestButton: [],
    optedOutHints: ['dnc', 'do[-_ ]?not[-_ ]?contact', 'unsubscribed'],
  },
  editorFrames: ['iframe#builder-template-content', 'iframe.builder-panel'], // G
  mergeTagDialect: 'mautic',
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/mautic/. Verified on: documentation only (see confidence per page). */
