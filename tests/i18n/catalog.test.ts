import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogLookup, createT, type Catalog } from '../../lib/i18n/t';

const ROOT = path.resolve(import.meta.dirname, '../..');
const load = (locale: string) => JSON.parse(fs.readFileSync(path.join(ROOT, `public/_locales/${locale}/messages.json`), 'utf8')) as Catalog;
const LOCALES = ['en', 'de'];
const catalogs = Object.fromEntries(LOCALES.map((l) => [l, load(l)]));
const en = catalogs.en as Catalog;

/** Every source file that can show text to a user (tests excluded). */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(rel);
    return /\.(tsx?|html)$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [rel] : [];
  });
}
const sources = ['components', 'entrypoints', 'lib', 'wxt.config.ts']
  .flatMap((p) => (p.endsWith('.ts') ? [p] : sourceFiles(p)))
  .map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8'))
  .join('\n');

describe('message catalogs', () => {
  it.each(LOCALES)('%s has exactly the keys of the other locales', (locale) => {
    const keys = Object.keys(catalogs[locale] as Catalog).sort();
    for (const other of LOCALES) expect(keys, `${locale} vs ${other}`).toEqual(Object.keys(catalogs[other] as Catalog).sort());
  });

  it.each(LOCALES)('%s: every message is non-empty, uses only chrome.i18n-legal names and declares its placeholders', (locale) => {
    for (const [key, entry] of Object.entries(catalogs[locale] as Catalog)) {
      expect(key, 'chrome.i18n names allow only [A-Za-z0-9_@]').toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => (m[1] as string).toLowerCase()).sort();
      expect(used, `${locale}:${key} placeholders`).toEqual(
        Object.keys(entry.placeholders ?? {})
          .map((k) => k.toLowerCase())
          .sort(),
      );
      // Same substitutions in every locale, or a translation drops a number.
      expect(Object.keys(entry.placeholders ?? {}).sort(), `${locale}:${key} vs en`).toEqual(
        Object.keys(en[key]?.placeholders ?? {}).sort(),
      );
    }
  });

  it('every key is used somewhere in the source (as a quoted literal or __MSG_ reference)', () => {
    const unused = Object.keys(en).filter((k) => !sources.includes(`'${k}'`) && !sources.includes(`__MSG_${k}__`));
    expect(unused, 'Remove these keys from both catalogs, or use them').toEqual([]);
  });

  it('every key the source asks for exists', () => {
    const asked = new Set([...sources.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1] as string));
    for (const key of asked) expect(en[key], `t('${key}') has no catalog entry`).toBeDefined();
  });

  it('substitutes like chrome.i18n does', () => {
    const t = createT(catalogLookup(en));
    expect(t('exposure_line', [t('pii_email_other', [37]), 'Mailchimp', t('kind_audience')])).toBe(
      '37 email addresses visible on this Mailchimp audience page',
    );
    const de = createT(catalogLookup(catalogs.de as Catalog));
    expect(de('quiz_passed', [3, 4, 75])).toBe('Bestanden: 3 von 4 richtig (75 %)');
  });
});
