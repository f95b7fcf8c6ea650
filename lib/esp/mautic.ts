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
      examples: ['http://mautic.localhost/s/contacts', 'http://mautic.localhost/s/contacts/2'],
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
      examples: ['http://mautic.localhost/s/emails/edit/8'],
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

/* Fixtures: tests/fixtures/esp/mautic/. Verified on: documentation only (see confidence per page). */
