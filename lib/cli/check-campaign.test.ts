import { describe, expect, test } from 'vitest';
import { runCheckCampaign, type CheckCampaignIo } from './check-campaign';

const enc = (s: string) => new TextEncoder().encode(s);
const GOOD = enc(
  '<html><body><a href="*|UNSUB|*">Unsubscribe</a><p>*|LIST:COMPANY|* · <a href="https://www.example.com/">Website</a></p>*|HTML:LIST_ADDRESS_HTML|*<a href="https://www.example.com/privacy">Privacy</a></body></html>',
);
const NO_UNSUB = enc('<html><body><p>Hello from Example Co, 1 Main Street, Springfield, IL 62701</p></body></html>');

/** An in-memory file tree: paths ending in `/` are folders. */
function memoryIo(files: Record<string, Uint8Array>) {
  const out = { stdout: '', stderr: '' };
  const io: CheckCampaignIo = {
    stdout: (s) => void (out.stdout += s),
    stderr: (s) => void (out.stderr += s),
    readFile: (p) => {
      const f = files[p];
      if (!f) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return f;
    },
    isDirectory: (p) => Object.keys(files).some((k) => k.startsWith(`${p}/`)),
    listDir: (p) => [
      ...new Set(
        Object.keys(files)
          .filter((k) => k.startsWith(`${p}/`))
          .map((k) => k.slice(p.length + 1).split('/')[0] as string),
      ),
    ],
  };
  return { io, out };
}

describe('check-campaign', () => {
  test('exit 0 when every check passes or warns, naming the ESP it guessed', async () => {
    const { io, out } = memoryIo({ 'a.html': GOOD });
    expect(await runCheckCampaign(['a.html'], io)).toBe(0);
    expect(out.stdout).toContain('Mailchimp, guessed from its merge tags');
    expect(out.stdout).toContain('PASS  Unsubscribe link');
    expect(out.stdout).toContain('Not checked');
  });

  test('exit 1 when a check fails, with the fix to paste', async () => {
    const { io, out } = memoryIo({ 'b.html': NO_UNSUB });
    expect(await runCheckCampaign(['b.html', '--esp', 'listmonk'], io)).toBe(1);
    expect(out.stdout).toContain('FAIL  Unsubscribe link');
    expect(out.stdout).toContain('paste: <a href="{{ UnsubscribeURL }}">Unsubscribe</a>');
  });

  test('--json gives machine-readable results and a summary', async () => {
    const { io, out } = memoryIo({ 'a.html': GOOD, 'b.html': NO_UNSUB });
    expect(await runCheckCampaign(['--json', 'a.html', 'b.html', '--esp=generic'], io)).toBe(1);
    const json = JSON.parse(out.stdout);
    expect(json.files).toHaveLength(2);
    expect(json.files[1].results.find((r: { id: string }) => r.id === 'unsubscribe-link').status).toBe('fail');
    expect(json.summary.fail).toBeGreaterThan(0);
    expect(json.notChecked.length).toBeGreaterThan(0);
  });

  test('a missing file is bad input: exit 2 with a clear message', async () => {
    const { io, out } = memoryIo({ 'a.html': GOOD });
    expect(await runCheckCampaign(['a.html', 'nope.html'], io)).toBe(2);
    expect(out.stderr).toContain('nope.html: no such file');
  });

  test('binary files and invalid UTF-8 are refused, UTF-16 with a BOM is read', async () => {
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]);
    const latin1 = new Uint8Array([...enc('<p>Caf'), 0xe9, ...enc(' unsubscribe</p>')]);
    const source = '<a href="{{ UnsubscribeURL }}">Unsubscribe</a>';
    const utf16 = new Uint8Array(2 + source.length * 2);
    utf16.set([0xff, 0xfe]);
    [...source].forEach((c, i) => utf16.set([c.charCodeAt(0), 0], 2 + i * 2));
    const { io, out } = memoryIo({ 'img.html': binary, 'latin1.html': latin1, 'u16.html': utf16 });
    expect(await runCheckCampaign(['img.html'], io)).toBe(2);
    expect(out.stderr).toContain('binary file');
    expect(await runCheckCampaign(['latin1.html'], io)).toBe(2);
    expect(out.stderr).toContain('not valid UTF-8');
    const ok = memoryIo({ 'u16.html': utf16 });
    await runCheckCampaign(['u16.html', '--json'], ok.io);
    expect(JSON.parse(ok.out.stdout).files[0].results[0].status).toBe('pass');
  });

  test('a folder is searched for template files, other files skipped', async () => {
    const { io, out } = memoryIo({
      'tpl/a.html': GOOD,
      'tpl/sub/b.mjml': enc('<mjml><mj-body><mj-text>Hi</mj-text></mj-body></mjml>'),
      'tpl/sub/c.txt': enc('Unsubscribe: https://news.example.com/unsubscribe/1'),
      'tpl/logo.png': new Uint8Array([0, 1, 2]),
    });
    expect(await runCheckCampaign(['tpl', '--json'], io)).toBe(1);
    const paths = JSON.parse(out.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['tpl/a.html', 'tpl/sub/b.mjml', 'tpl/sub/c.txt']);
  });

  test('bad options are exit 2', async () => {
    const { io, out } = memoryIo({ 'a.html': GOOD });
    expect(await runCheckCampaign(['a.html', '--esp', 'nonesuch'], io)).toBe(2);
    expect(out.stderr).toContain('unknown ESP "nonesuch"');
    expect(await runCheckCampaign([], io)).toBe(2);
    expect(await runCheckCampaign(['--frobnicate', 'a.html'], io)).toBe(2);
  });

  test('runs over the real corpus folder on disk with node:fs defaults', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus/templates');
    const out = { stdout: '', stderr: '' };
    const code = await runCheckCampaign([corpus, '--json'], {
      stdout: (s) => void (out.stdout += s),
      stderr: (s) => void (out.stderr += s),
      readFile: (p) => fs.readFileSync(p),
    });
    expect(code).toBe(1);
    expect(JSON.parse(out.stdout).files.length).toBe(26);
  });
});
