// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import type { PiiCounts } from '../pii/types';
import { DEFAULT_POLICY } from '../policy/defaults';
import { scanSettings } from './policy-options';
import { PageScanner } from './scanner';

describe('scanner and frame documents', () => {
  test('a frame document handed over after start is scanned and counted; forgetting it takes its values out', async () => {
    document.body.innerHTML = '<p>Contact: ava.dummins@example.org</p>';
    const frameDoc = document.implementation.createHTMLDocument('preview');
    frameDoc.body.innerHTML = '<p>Sent to noah.sampleton@example.net</p><p>Phone: (415) 555-0123</p>';
    const reports: PiiCounts[] = [];
    const settings = scanSettings(DEFAULT_POLICY);
    const scanner = new PageScanner({ doc: document, settings: () => settings, onIdle: (counts) => reports.push(counts) });
    scanner.start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 1 }));
    scanner.addDocument(frameDoc);
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 2, phone: 1 }));
    const frameTexts = () => {
      const walker = frameDoc.createTreeWalker(frameDoc.body, 0x4);
      const out: Text[] = [];
      for (let t = walker.nextNode(); t; t = walker.nextNode()) out.push(t as Text);
      return out;
    };
    expect(frameTexts().filter((t) => scanner.entriesOf(t).length > 0)).toHaveLength(2);
    scanner.forgetDocument(frameDoc);
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 1 }));
    expect(frameTexts().filter((t) => scanner.entriesOf(t).length > 0)).toHaveLength(0);
    expect(scanner.entriesOf(document.querySelector('p')?.firstChild as Text)).toHaveLength(1);
    scanner.stop();
  });

  test('a frame document forgotten before its scan ran is never scanned', async () => {
    document.body.innerHTML = '<p>Nothing here</p>';
    const frameDoc = document.implementation.createHTMLDocument('preview');
    frameDoc.body.innerHTML = '<p>Sent to noah.sampleton@example.net</p>';
    const reports: PiiCounts[] = [];
    const settings = scanSettings(DEFAULT_POLICY);
    const scanner = new PageScanner({ doc: document, settings: () => settings, onIdle: (counts) => reports.push(counts) });
    scanner.start();
    scanner.addDocument(frameDoc);
    scanner.forgetDocument(frameDoc);
    await vi.waitFor(() => expect(reports.length).toBeGreaterThan(0));
    expect(reports.at(-1)).toEqual({});
    expect(scanner.entriesOf(frameDoc.querySelector('p')?.firstChild as Text)).toHaveLength(0);
    scanner.stop();
  });
});
