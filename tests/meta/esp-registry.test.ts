import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESP_ADAPTERS } from '../../lib/esp/index';

/**
 * Guard rails for lib/esp: every adapter file is registered under its file name, has a fixture
 * folder, and every fixture page is served by a routes*.json and exercised by some test.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const ESP_DIR = path.join(ROOT, 'lib/esp');
const FIXTURES = path.join(ROOT, 'tests/fixtures/esp');
/** Files in lib/esp that are infrastructure, not adapters. */
const INFRA = new Set(['types.ts', 'index.ts', 'matches.ts', 'names.ts', 'selectors.ts', 'self-hosted-protocol.ts']);

const adapterFiles = fs.readdirSync(ESP_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !INFRA.has(f));

function walk(dir: string, keep: (f: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'fixtures' ? [] : walk(p, keep);
    return keep(e.name) ? [p] : [];
  });
}

describe('ESP adapter registry', () => {
  it.each(adapterFiles)('%s is registered in ESP_ADAPTERS under its file name', (file) => {
    const id = file.replace(/\.ts$/, '');
    const adapter = (ESP_ADAPTERS as Record<string, { id: string }>)[id];
    expect(
      adapter,
      `lib/esp/${file} is not in ESP_ADAPTERS. Yes, it is an adapter? Add it to lib/esp/index.ts. No? Add it to INFRA here.`,
    ).toBeDefined();
    expect(adapter?.id, `The id inside lib/esp/${file} must equal its file name`).toBe(id);
  });

  it('has no registered adapter without a file', () => {
    expect(Object.keys(ESP_ADAPTERS).sort()).toEqual(adapterFiles.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it.each(Object.keys(ESP_ADAPTERS))('%s has a fixture folder with a routes*.json', (id) => {
    const dir = path.join(FIXTURES, id);
    expect(fs.existsSync(dir), `Create tests/fixtures/esp/${id}/ with a page and a routes-<feature>.json`).toBe(true);
    expect(fs.readdirSync(dir).some((f) => /^routes.*\.json$/.test(f))).toBe(true);
  });
});

describe('ESP fixtures', () => {
  const testSources = [
    ...walk(path.join(ROOT, 'lib'), (f) => f.endsWith('.test.ts')),
    ...walk(path.join(ROOT, 'tests'), (f) => f.endsWith('.test.ts')),
    ...walk(path.join(ROOT, 'e2e'), (f) => f.endsWith('.ts')),
  ]
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
  const folders = fs.readdirSync(FIXTURES).filter((d) => fs.statSync(path.join(FIXTURES, d)).isDirectory());
  const pages = folders.flatMap((esp) =>
    fs
      .readdirSync(path.join(FIXTURES, esp))
      .filter((f) => f.endsWith('.html'))
      .map((file) => [esp, file] as const),
  );

  it.each(pages)('%s/%s is served by a routes*.json', (esp, file) => {
    const dir = path.join(FIXTURES, esp);
    const targets = fs
      .readdirSync(dir)
      .filter((f) => /^routes.*\.json$/.test(f))
      .flatMap((f) => Object.values((JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { routes: Record<string, string> }).routes));
    expect(targets, `Add "${file}" to a routes*.json in tests/fixtures/esp/${esp}/`).toContain(file);
  });

  it.each(pages)('%s/%s is exercised by a test', (esp, file) => {
    const html = fs.readFileSync(path.join(FIXTURES, esp, file), 'utf8');
    // Pages that declare their URL and expectations are walked by tests/esp/fixture-pages.test.ts.
    const declared = html.includes('name="confidant:url"') && html.includes('data-expect=');
    expect(
      declared || testSources.includes(file),
      `Name ${esp}/${file} in a test, or declare <meta name="confidant:url"> and data-expect marks`,
    ).toBe(true);
  });
});
