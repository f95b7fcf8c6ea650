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
      // Audience export page ("Export As CSV"): R, public scripts and notes; account export page: G.
      test: (url) => /^\/lists\/exports?\/?$/.test(url.pathname) || /^\/account\/export\/?$/.test(url.pathname),
      examples: ['https://us6.admin.mailchimp.com/lists/exports?id=123456', 'https://us6.admin.mailchimp.com/account/export/'],
      confidence: 'R',
    },
  ],
  selectors: {
    subscriberRow: [
      'table tbody tr', // audience table rows (G: class names change with Mailchimp's UI releases)
    ],
    exportButton: [
      'a[href*="/lists/exports"]', // "Export Audience" link from the audience dashboard to the export page (R)
      'button[data-testid="export-audience"]', // G: newer dashboard button
      'form[action*="/lists/exports"] [type="submit"]', // G: "Export As CSV" on the export page
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
  exports: {
    // The audience export is a ZIP downloaded in the session (R); the account export is built in the background (C).
    delivery: 'file',
    deliveryConfidence: 'R',
    endpoints: [
      { path: '^/lists/exports/download', delivery: 'file', confidence: 'G', note: 'audience export ZIP download (path guessed)' },
      {
        path: '^/account/export/request',
        delivery: 'email',
        confidence: 'G',
        note: 'account export request (C: account exports are built in the background, mailchimp.com/developer/marketing/docs/account-exports/; path guessed)',
      },
    ],
    requestButton: [
      'form[action*="/account/export"] [type="submit"]', // G: "Export Data" on the account export page
      'button[data-testid="account-export"]', // G: newer account page button
    ],
    // The audience export ZIP holds subscribed, unsubscribed and cleaned CSVs (R: public scripts, 2019 notes).
    optedOutHints: ['unsubscribed_members_export', 'cleaned_members_export', 'members_export_[0-9a-f]+\\.zip', 'account_export'],
  },
  editorFrames: ['iframe#campaign-preview', 'iframe[title*="editor" i]'], // G
  mergeTagDialect: 'mailchimp',
} satisfies EspAdapter;

/* Fixtures: tests/fixtures/esp/mailchimp/ (audience, contact, export pages) and demo/pages/mailchimp/.
   Verified on: URLs from Mailchimp's API schema; selectors are modelled, not taken from a live account. */
