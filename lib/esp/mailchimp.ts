import type { EspAdapter } from './types';

/** Mailchimp: hosts `{dc}.admin.mailchimp.com` (docs/esp-reference.md §2.2). */
export const mailchimp = {
  id: 'mailchimp',
  name: 'Mailchimp',
  matches: ['https://*.admin.mailchimp.com/*'],
  pages: [
    {
      kind: 'audience',
      // Confirmed by the Mailchimp API schema ("View this list … /lists/members/?id={web_id}").
      test: (url) => /^\/lists\/members\/?$/.test(url.pathname),
      examples: ['https://us6.admin.mailchimp.com/lists/members?id=123456', 'https://us1.admin.mailchimp.com/lists/members/?id=9'],
      confidence: 'C',
    },
    {
      kind: 'contact',
      test: (url) => /^\/lists\/members\/view\/?$/.test(url.pathname),
      examples: ['https://us6.admin.mailchimp.com/lists/members/view?id=445566'],
      confidence: 'C',
    },
    {
      kind: 'campaign-editor',
      test: (url) => /^\/campaigns\/(edit|wizard)/.test(url.pathname),
      examples: ['https://us6.admin.mailchimp.com/campaigns/edit?id=778899'],
      confidence: 'R',
    },
    {
      kind: 'export',
      test: (url) => /^\/lists\/exports?\/?$/.test(url.pathname),
      examples: ['https://us6.admin.mailchimp.com/lists/exports?id=123456'],
      confidence: 'R',
    },
  ],
  selectors: {
    subscriberRow: [
      'table tbody tr', // audience table rows (G: class names change with Mailchimp's UI releases)
    ],
    exportButton: [
      'a[href*="/lists/export"]', // "Export Audience" link to the export page
      'button[data-testid="export-audience"]', // G: newer dashboard button
    ],
    editorSurface: [
      'textarea[name="html"]', // "Paste in code" editor
      'iframe#campaign-preview', // G: preview frame
      '[contenteditable="true"]', // classic builder text blocks
    ],
    sendButton: [
      'button[data-testid="send-campaign"]', // G: review page "Send"
      'button[data-testid="schedule-campaign"]', // G: "Schedule"
      'button[name="send"]', // G: classic checklist send
      'button[name="schedule"]', // G: classic checklist schedule
    ],
  },
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/mailchimp/ and demo/pages/mailchimp/.
   Verified on: URLs from Mailchimp's API schema; selectors are modelled, not taken from a live account. */
