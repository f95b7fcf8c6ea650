import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { ADAPTER_LIST, identifyPage, type SelfHostedSite } from '../../lib/esp/index';
import { effectiveSelectors } from '../../lib/esp/selectors';
import { findExportControl } from '../../lib/export/controls';
import { pageIncludesOptedOut } from '../../lib/export/click-watch';
import { DEFAULT_POLICY } from '../../lib/policy/defaults';

/**
 * Tier 2: every fixture page that declares `<meta name="confidant:url">` is identified as the page
 * kind it declares, and every element marked `data-expect` is classified by the export-control
 * matcher exactly as marked (adapter selector, generic name, emailed-export request, or none).
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/esp');

export function fixturePages(): { esp: string; file: string; html: string }[] {
  const pages: { esp: string; file: string; html: string }[] = [];
  for (const esp of fs.readdirSync(FIXTURES)) {
    for (const file of fs.readdirSync(path.join(FIXTURES, esp)).filter((f) => f.endsWith('.html'))) {
      pages.push({ esp, file, html: fs.readFileSync(path.join(FIXTURES, esp, file), 'utf8') });
    }
  }
  return pages;
}

const declared = fixturePages().filter((p) => p.html.includes('name="confidant:url"'));

function parse(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe.each(declared.map((p) => [`${p.esp}/${p.file}`, p] as const))('fixture %s', (_name, fixture) => {
  const doc = parse(fixture.html);
  const url = doc.querySelector('meta[name="confidant:url"]')?.getAttribute('content') ?? '';
  const kind = doc.querySelector('meta[name="confidant:page-kind"]')?.getAttribute('content');
  const adapter = ADAPTER_LIST.find((a) => a.id === fixture.esp);
  const sites: SelfHostedSite[] = adapter?.selfHosted ? [{ origin: new URL(url).origin, esp: adapter.id as SelfHostedSite['esp'] }] : [];

  it(`is a ${kind} page of its ESP`, () => {
    const page = identifyPage(url, sites);
    expect(page?.adapter.id).toBe(fixture.esp);
    expect(page?.pageKind).toBe(kind);
  });

  it('has its export controls recognised, and its decoys ignored', () => {
    const marked = [...doc.querySelectorAll('[data-expect]')];
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.some((el) => el.getAttribute('data-expect') === 'none')).toBe(true);
    if (!adapter) throw new Error(`No adapter for fixture folder ${fixture.esp}`);
    const selectors = effectiveSelectors(adapter, DEFAULT_POLICY);
    for (const el of marked) {
      const control = `"${(el.textContent ?? '').trim()}" ${el.getAttribute('href') ?? ''}`;
      const via = findExportControl(el, selectors)?.via ?? 'none';
      expect({ control, via }).toEqual({ control, via: el.getAttribute('data-expect') });
    }
  });

  it('reports opted-out contacts only when the page option is ticked', () => {
    const box = doc.querySelector<HTMLInputElement>('#include-optedout');
    if (!box) return expect(pageIncludesOptedOut(doc)).toBe(false);
    expect(pageIncludesOptedOut(doc)).toBe(false);
    box.setAttribute('checked', '');
    expect(pageIncludesOptedOut(doc)).toBe(true);
  });
});
