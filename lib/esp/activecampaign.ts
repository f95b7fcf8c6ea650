import type { EspAdapter } from './types';

/** ActiveCampaign (docs/esp-reference.md §2.2). Page predicates sit next to their example URLs. */
export const activecampaign = {
  id: 'activecampaign',
  name: 'ActiveCampaign',
  matches: ['https://*.activehosted.com/*'],
  pages: [
    {
      kind: 'contact',
      test: (url) => /^\/app\/contacts\/\d+/.test(url.pathname),
      examples: ['https://acme.activehosted.com/app/contacts/42'],
      confidence: 'R',
    },
    {
      kind: 'audience',
      test: (url) => /^\/app\/contacts(\/tags)?\/?$/.test(url.pathname),
      examples: ['https://acme.activehosted.com/app/contacts/?listid=1&status=1', 'https://acme.activehosted.com/app/contacts/tags'],
      confidence: 'R',
    },
    {
      kind: 'campaign-editor',
      test: (url) => /^\/app\/campaigns\/\d+\/(design|edit)/.test(url.pathname),
      examples: ['https://acme.activehosted.com/app/campaigns/17/design'],
      confidence: 'G',
    },
  ],
  selectors: {
    subscriberRow: ['table tbody tr'], // G: generic table rows until verified on a live account
    exportButton: [
      'button[data-testid="contacts-export"]', // G: Contacts › "Export"
    ],
    editorSurface: [],
    sendButton: [],
  },
  exports: {
    delivery: 'file', // G
    deliveryConfidence: 'G',
    endpoints: [],
    requestButton: [],
    // ActiveCampaign's contact status filter: status=2 is "unsubscribed" (R, URL seen in public notes).
    optedOutHints: ['unsubscribed', 'status=2'],
  },
  editorFrames: ['iframe[title*="editor" i]'], // G
  mergeTagDialect: 'activecampaign',
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/activecampaign/. Verified on: documentation only (see confidence per page). */
