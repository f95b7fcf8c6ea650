import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importPolicy } from '../../entrypoints/background/policy-import';
import { startPolicyRuntime } from '../../entrypoints/background/policy-live';
import { getPolicyView, getResolvedPolicy } from '../../entrypoints/background/policy-store';
import { saveUserPolicy } from '../../entrypoints/background/policy-user';
import { signPolicyText } from '../../lib/policy/envelope';
import { generateSigningKey } from '../../lib/policy/signature';
import { policyText } from '../../lib/policy/test-helpers';
import { openDb, type ConfidantDb } from '../../lib/storage/db';

let db: ConfidantDb;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`confidant-policy-test-${n++}`);
});

const candidate = (text: string) => ({ input: text, size: text.length, source: 'file' as const, origin: 'acme.json' });

describe('background policy store', () => {
  it('stores an accepted policy and records policy.applied', async () => {
    const result = await importPolicy(db, candidate(policyText()));
    expect(result).toMatchObject({ ok: true, policyId: 'acme-marketing', version: 2, unchanged: false });
    const resolved = await getResolvedPolicy();
    expect(resolved.policy.masking.email).toBe('full');
    expect(resolved.provenance['masking.email']).toBe('file');
    const events = await db.events.toArray();
    expect(events).toMatchObject([{ kind: 'policy.applied', policyId: 'acme-marketing', policyVersion: 2, source: 'file' }]);
  });

  it('a rejection leaves the stored policy byte for byte as it was, says why, and logs policy.rejected', async () => {
    await importPolicy(db, candidate(policyText()));
    const before = JSON.stringify(await fakeBrowser.storage.local.get('teamPolicy'));
    const result = await importPolicy(db, candidate(policyText({ version: 1 })));
    expect(result).toMatchObject({ ok: false, code: 'rollback' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get('teamPolicy'))).toBe(before);
    const view = await getPolicyView();
    expect(view.lastRejection).toMatchObject({ code: 'rollback', origin: 'acme.json', source: 'file' });
    expect((await db.events.toArray()).map((e) => e.kind)).toEqual(['policy.applied', 'policy.rejected']);
    // The next accepted policy clears the message.
    await importPolicy(db, candidate(policyText({ version: 3 })));
    expect((await getPolicyView()).lastRejection).toBeNull();
  });

  it('trusts keys the organisation supplies through managed storage, and only those', async () => {
    const org = await generateSigningKey();
    const other = await generateSigningKey();
    await fakeBrowser.storage.local.set({ managedSnapshot: { trustedKeys: [{ kid: 'org', jwk: org.publicJwk }] } });
    const signed = await signPolicyText(policyText(), org.privateJwk);
    expect(await importPolicy(db, candidate(signed))).toMatchObject({ ok: true, version: 2 });
    const foreign = await signPolicyText(policyText({ version: 3 }), other.privateJwk);
    const result = await importPolicy(db, { ...candidate(foreign), confirmThumbprint: other.thumbprint });
    expect(result).toMatchObject({ ok: false, code: 'untrusted-key', canPin: false });
    const view = await getPolicyView();
    expect(view.keys).toEqual([{ thumbprint: org.thumbprint, via: 'organisation' }]);
    expect(view.canPinKeys).toBe(false);
    expect(view.team?.signedBy).toBe(org.thumbprint);
  });

  it('rejects by declared size before reading anything', async () => {
    const result = await importPolicy(db, { ...candidate(''), size: 5 * 1024 * 1024 });
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('keeps user settings where policy leaves them open and reports the ones that do not stick', async () => {
    await importPolicy(db, candidate(policyText()));
    const saved = await saveUserPolicy({ masking: { email: 'off', phone: 'full' } });
    expect(saved.ignored).toEqual(['masking.email']);
    const { policy } = await getResolvedPolicy();
    expect([policy.masking.email, policy.masking.phone]).toEqual(['full', 'full']);
  });
});

describe('managed storage and broadcasts', () => {
  it('retries an empty first managed read, then locks what the organisation set and tells open tabs', async () => {
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = vi.fn(async (_tabId: number, message: unknown) => {
      sent.push(message);
    }) as unknown as typeof fakeBrowser.tabs.sendMessage;
    await fakeBrowser.tabs.create({ url: 'https://us6.admin.mailchimp.com/lists/members' });

    // The first read on a fresh profile comes back empty; policy has loaded by the retry (after 1 s).
    // No change event is involved: only the retry can pick it up. Real timers: fake-indexeddb uses them.
    const managed = { id: 'it-baseline', version: 4, exports: { action: 'block' } };
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValueOnce({}).mockResolvedValue(managed);
    startPolicyRuntime(db);
    await new Promise((r) => setTimeout(r, 100));
    expect(get).toHaveBeenCalledTimes(1);
    expect((await getResolvedPolicy()).locked).toEqual([]);
    await vi.waitFor(async () => expect((await getResolvedPolicy()).locked).toEqual(['exports.action']), { timeout: 2_500, interval: 50 });
    expect(get).toHaveBeenCalledTimes(2);
    expect((await getResolvedPolicy()).policy.id).toBe('it-baseline');
    await vi.waitFor(() =>
      expect(sent.at(-1)).toMatchObject({ type: 'bg:policyChanged', policy: { id: 'it-baseline', exports: { action: 'block' } } }),
    );
    const applied = (await db.events.toArray()).filter((e) => e.kind === 'policy.applied');
    expect(applied).toMatchObject([{ source: 'managed', policyId: 'it-baseline', policyVersion: 4 }]);

    // Another feature writing userPolicy directly is broadcast too.
    await fakeBrowser.storage.local.set({ userPolicy: { copyGuard: 'block' } });
    await vi.waitFor(() => expect(sent.at(-1)).toMatchObject({ type: 'bg:policyChanged', policy: { copyGuard: 'block' } }));
  });
});
