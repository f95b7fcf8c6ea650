import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetCampaign, handleCampaignChecked, handleCampaignSend, withCampaignChecks } from '../../entrypoints/background/campaign';
import { checkCampaign } from '../../lib/campaign/check';
import { sanitizeJustification } from '../../lib/export/justification';
import type { TabReport } from '../../lib/messaging/protocol';
import { openDb, type ConfidantDb } from '../../lib/storage/db';

const TAB = { id: 7, url: 'https://us6.admin.mailchimp.com/campaigns/edit?id=1' };
const failing = checkCampaign('<p style="display:none"><a href="*|UNSUB|*">Unsubscribe</a></p>', { esp: 'mailchimp' });
const passing = checkCampaign('<p><a href="*|UNSUB|*">Unsubscribe</a></p>', { esp: 'mailchimp' });

let db: ConfidantDb;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`campaign-bg-${n++}`);
});

describe('campaign handlers in the background', () => {
  it('logs campaign.checked only when a verdict changes', async () => {
    const send = (checks: typeof failing.results) => handleCampaignChecked(db, { esp: 'mailchimp', checks }, { tab: TAB });
    expect((await send(failing.results)).logged).toBe(true);
    expect((await send(failing.results)).logged).toBe(false);
    expect((await send(passing.results)).logged).toBe(true);
    const events = await db.events.toArray();
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      kind: 'campaign.checked',
      esp: 'mailchimp',
      pageKind: 'campaign-editor',
      host: 'us6.admin.mailchimp.com',
    });
    expect((events[0] as { checks: unknown[] }).checks).toContainEqual({ id: 'unsubscribe-link', status: 'fail' });
  });

  it('folds the checks into the tab report of the same host, and forgets them with the tab', async () => {
    await handleCampaignChecked(db, { esp: 'mailchimp', checks: failing.results }, { tab: TAB });
    const report: TabReport = {
      esp: 'mailchimp',
      espName: 'Mailchimp',
      host: 'us6.admin.mailchimp.com',
      pageKind: 'campaign-editor',
      counts: {},
      checks: null,
      updatedAt: 1,
    };
    expect((await withCampaignChecks(7, report))?.checks?.[0]?.id).toBe('unsubscribe-link');
    expect((await withCampaignChecks(7, { ...report, host: 'other.example.com' }))?.checks).toBeNull();
    await forgetCampaign(7);
    expect((await withCampaignChecks(7, report))?.checks).toBeNull();
  });

  it('logs each send decision, masking addresses and numbers in a written reason', async () => {
    await handleCampaignSend(
      db,
      {
        checks: [{ id: 'unsubscribe-link', status: 'fail' }],
        decision: 'justified',
        justification: 'Approved by jane.doe@example.com, call +1 212 555 0142',
      },
      { tab: TAB },
    );
    const [event] = await db.events.toArray();
    expect(event).toMatchObject({ kind: 'campaign.checked', decision: 'justified' });
    const reason = (event as { justification?: string }).justification ?? '';
    expect(reason).toContain('Approved by');
    expect(reason).not.toContain('jane.doe');
    expect(reason).not.toContain('555');
    expect(sanitizeJustification('no personal data here')).toBe('no personal data here');
  });

  it('refuses reports from tabs that are not ESP pages', async () => {
    await expect(
      handleCampaignChecked(db, { esp: 'generic', checks: [] }, { tab: { id: 1, url: 'https://example.com/' } }),
    ).rejects.toThrow('unknown tab');
  });
});
