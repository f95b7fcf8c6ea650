import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PII_TYPES } from '../pii/types';
import { main } from './main';

function run(args: string[]) {
  let out = '';
  let err = '';
  return main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) }).then((code) => ({ code, out, err }));
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'confidant-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};

describe('confidant CLI', () => {
  it('prints help and exits 0', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('scan FILE');
  });

  it('scans HTML and prints findings masked, with line and column', async () => {
    const p = file('a.html', '<table>\n<tr><td>ada.testwell@example.com</td></tr>\n</table><style>.x{background:url(logo@2x.png)}</style>');
    const { code, out } = await run(['scan', p]);
    expect(code).toBe(1);
    expect(out).toContain(`${p}:2:9\temail\ta•••@e•••.com`);
    expect(out).not.toContain('ada.testwell@example.com');
    expect(out).not.toContain('logo@2x');
    expect(out).toContain('1 email (masked)');
  });

  describe('reports every type in HTML, CSV and text, masked', () => {
    // One synthetic value of each type, under the label a real export or profile would give it.
    const fields: [label: string, value: string][] = [
      ['Email', 'ava.dummins@example.org'],
      ['Phone', '+44 20 7946 0958'],
      ['Address', '1333 Sample Ave, Toronto, ON M5V 7T4'],
      ['Name', 'Ava Dummins'],
      ['Total spent', '$1,204.00'],
      ['Card', '4111 1111 1111 1111'],
      ['IBAN', 'GB82 WEST 1234 5698 7654 32'],
      ['SSN', '123-45-6789'],
      ['Signup IP', '192.0.2.44'],
      ['Date of birth', '1990-04-12'],
    ];
    const csvCell = (v: string) => (v.includes(',') ? `"${v}"` : v);
    const formats: [name: string, content: string][] = [
      [
        'contacts.html',
        `<table><tr>${fields.map(([l]) => `<th>${l}</th>`).join('')}</tr><tr>${fields.map(([, v]) => `<td>${v}</td>`).join('')}</tr></table>`,
      ],
      ['contacts.csv', `${fields.map(([l]) => l).join(',')}\n${fields.map(([, v]) => csvCell(v)).join(',')}\n`],
      ['profile.txt', fields.map(([l, v]) => `${l}: ${v}`).join('\n')],
    ];
    it.each(formats)('%s', async (name, content) => {
      const { code, out } = await run(['scan', file(name, content), '--json']);
      expect(code).toBe(1);
      const parsed = JSON.parse(out) as { counts: Record<string, number>; masked: boolean };
      expect(Object.keys(parsed.counts).sort()).toEqual([...PII_TYPES].sort());
      expect(parsed.masked).toBe(true);
      for (const [, value] of fields) expect(out).not.toContain(value);
    });
  });

  it('reveals values only when asked', async () => {
    const p = file('b.txt', 'contact: ada.testwell@example.com');
    const { out } = await run(['scan', p, '--reveal']);
    expect(out).toContain('ada.testwell@example.com');
  });

  it('prints JSON with counts', async () => {
    const p = file('c.csv', 'email,name\nzoe@example.org,Zoe\nomar@example.net,Omar\n');
    const { code, out } = await run(['scan', p, '--json']);
    expect(code).toBe(1);
    const parsed = JSON.parse(out) as { counts: Record<string, number>; kind: string; masked: boolean };
    expect(parsed).toMatchObject({ kind: 'csv', masked: true, counts: { email: 2 } });
    expect(out).not.toContain('zoe@example.org');
  });

  it('exits 0 when nothing is found', async () => {
    const { code, out } = await run(['scan', file('d.txt', 'nothing personal here, version 2.1@build')]);
    expect(code).toBe(0);
    expect(out).toContain('no personal data found');
  });

  it.each([
    ['a missing file', path.join(dir, 'missing.html'), 'no such file'],
    ['a binary file', file('e.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), 'binary'],
  ])('exits 2 with a clear message on %s', async (_name, p, message) => {
    const { code, err } = await run(['scan', p]);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('reads a file that is not UTF-8 as Windows-1252 (an Excel CSV on Windows), says so, and scans it', async () => {
    const csv = 'Name;E-mail;Telefon\nJürgen Müller;juergen.mueller@example.de;+49 30 901820\n';
    // With a UTF-8 byte-order mark, as some tools add: it must not become part of the first header.
    const p = file('excel.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'latin1')]));
    const { code, out, err } = await run(['scan', p, '--json']);
    expect(code).toBe(1);
    expect(err).toContain('not valid UTF-8; read as Windows-1252');
    const parsed = JSON.parse(out) as {
      counts: Record<string, number>;
      findings: { type: string; line: number; column: number; label?: string }[];
    };
    expect(parsed.counts).toMatchObject({ email: 1, 'person-name': 1 });
    expect(parsed.findings.find((f) => f.type === 'person-name')?.label).toBe('name');
    // Columns count the decoded characters: the name is read whole, ü included.
    expect(parsed.findings.find((f) => f.type === 'email')).toMatchObject({ line: 2, column: 15 });
    expect(err + out).not.toContain('juergen.mueller@example.de');
  });

  it('reads a UTF-8 file with a few bad bytes as UTF-8 (accented names stay whole), and a UTF-8 BOM never reaches the header', async () => {
    const csv = 'Name,Email\nJürgen Müller,juergen@example.de\nZoë Ångström,zoe@example.org\n';
    const p = file('cut.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8'), Buffer.from([0xe2, 0x80])]));
    const { code, out, err } = await run(['scan', p, '--json']);
    expect(code).toBe(1);
    expect(err).toContain('1 invalid UTF-8 sequence read as');
    const parsed = JSON.parse(out) as {
      counts: Record<string, number>;
      findings: { type: string; line: number; column: number; label?: string }[];
    };
    expect(parsed.counts).toMatchObject({ email: 2, 'person-name': 2 });
    expect(parsed.findings.find((f) => f.type === 'email')).toMatchObject({ line: 2, column: 15, label: 'email' });
    expect(parsed.findings.find((f) => f.type === 'person-name')).toMatchObject({ label: 'name' });
  });

  it('decodes UTF-16 files with a BOM', async () => {
    const text = 'mail: kenji@example.com';
    const p = file('g.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { code, out } = await run(['scan', p]);
    expect(code).toBe(1);
    expect(out).toContain('k•••@e•••.com');
  });

  it('rejects unknown commands and options with exit 2', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['scan', '--loud', 'x'])).code).toBe(2);
  });

  it('dispatches check-campaign: exit 1 when a check fails, exit 0 when all pass', async () => {
    const bad = file('no-unsub.html', '<html><body><p>Spring sale, 20% off.</p></body></html>');
    const good = file(
      'good.html',
      '<p>Acme Outdoor Co., 100 Maple Street, Springfield, IL 62704 · <a href="*|UNSUB|*">Unsubscribe</a></p>',
    );
    expect((await run(['check-campaign', bad])).code).toBe(1);
    const ok = await run(['check-campaign', good, '--esp', 'mailchimp']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('PASS  Unsubscribe link');
  });

  it('dispatches policy validate with its exit codes', async () => {
    const valid = file('p.json', JSON.stringify({ schema: 'confidant-policy/1', id: 'team', version: 1 }));
    const invalid = file('q.json', JSON.stringify({ schema: 'confidant-policy/1', id: 'team', version: 0 }));
    expect((await run(['policy', 'validate', valid])).code).toBe(0);
    expect((await run(['policy', 'validate', invalid])).code).toBe(1);
  });
});
