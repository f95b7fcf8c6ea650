import { describe, expect, it } from 'vitest';
import { ESP_ADAPTERS } from '../esp/index';
import { espOfDownload, fileTypeOf, hintTexts, optedOutFlag } from './classify';

const SITES = [{ origin: 'https://listmonk.example.org', esp: 'listmonk' as const }];

describe('download file types', () => {
  it.each([
    [{ url: 'https://us6.admin.mailchimp.com/x', filename: '/home/u/Downloads/members_export_3f.zip' }, 'zip'],
    [{ url: 'https://us6.admin.mailchimp.com/export/subscribed_members_export_1.csv' }, 'csv'],
    [{ url: 'https://mautic.example.org/s/contacts/batchExport?filetype=xlsx' }, 'xlsx'],
    [{ url: 'blob:https://www.klaviyo.com/5b0c', mime: 'text/csv' }, 'csv'],
    [{ url: 'data:text/tab-separated-values;base64,ZW1haWw=' }, 'tsv'],
    [{ url: 'https://app.hubspot.com/x', mime: 'text/vcard' }, 'vcf'],
    [{ url: 'https://listmonk.example.org/api/subscribers/1/export', mime: 'application/json; charset=utf-8' }, 'json'],
    [{ url: 'https://us6.admin.mailchimp.com/invoice.pdf', mime: 'application/pdf' }, null],
    [{ url: 'https://us6.admin.mailchimp.com/logo.png' }, null],
  ])('%o → %s', (info, type) => expect(fileTypeOf(info)).toBe(type));
});

describe('which ESP a download comes from', () => {
  it.each([
    [{ url: 'https://us6.admin.mailchimp.com/lists/exports/download?id=1' }, 'mailchimp'],
    [{ url: 'blob:https://www.klaviyo.com/0f1e2d' }, 'klaviyo'], // the origin inside the blob: URL
    [{ url: 'https://exports.example.net/f.csv', referrer: 'https://app.hubspot.com/contacts/1/objects/0-1/views/all/list' }, 'hubspot'],
    [{ url: 'data:text/csv,email', referrer: 'https://listmonk.example.org/admin/subscribers' }, 'listmonk'],
    [{ url: 'data:text/csv,email' }, null], // no origin at all
    [{ url: 'https://files.example.com/report.csv', referrer: 'https://news.example.com/' }, null],
  ])('%o → %s', (info, esp) => expect(espOfDownload(info, SITES)?.adapter.id ?? null).toBe(esp));
});

describe('exports of opted-out contacts', () => {
  it('flags Mailchimp audience ZIPs, unsubscribed CSVs and cleaned lists', () => {
    const mc = ESP_ADAPTERS.mailchimp;
    expect(optedOutFlag(['members_export_3f2a9c.zip'], mc)).toBe(true);
    expect(optedOutFlag(['unsubscribed_members_export_a1.csv'], null)).toBe(true);
    expect(optedOutFlag(['https://x.example/cleaned%20contacts.csv'], null)).toBe(true);
    expect(optedOutFlag(['subscribed_members_export_a1.csv'], mc)).toBe(false);
    expect(optedOutFlag(['newsletter.csv', 'https://www.klaviyo.com/list/1/export'], ESP_ADAPTERS.klaviyo)).toBe(false);
  });

  it('never hands a data: payload to the hint matcher', () => {
    expect(hintTexts({ url: 'data:text/csv,unsubscribed%40example.com', filename: '/d/list.csv' })).toEqual(['list.csv']);
  });
});
