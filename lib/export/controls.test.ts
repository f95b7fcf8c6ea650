import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { ESP_ADAPTERS } from '../esp/index';
import { effectiveSelectors } from '../esp/selectors';
import { DEFAULT_POLICY } from '../policy/defaults';
import { accessibleName, fileTypeHint, findExportControl, isExportName } from './controls';

describe('generic export-control names', () => {
  it.each([
    'Export',
    'Download CSV',
    'Export contacts',
    'Export As CSV',
    'Export Audience',
    'export all',
    'Save as Excel',
    'Download subscribers',
    'CSV export',
  ])('"%s" starts an export', (name) => expect(isExportName(name)).toBe(true));
  it.each([
    'Import',
    'Import contacts',
    'Export settings',
    'Download invoice',
    'Download',
    'Exported 3 days ago by you and your team, a very long status line that is not a control label',
    'Export report as PDF',
    'Export template HTML',
    'Downloads',
    'Campaign report',
    '',
  ])('"%s" does not', (name) => expect(isExportName(name)).toBe(false));
});

function dom(html: string) {
  const window = new Window({ url: 'https://us6.admin.mailchimp.com/lists/members?id=1' });
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

describe('finding the control a click landed on', () => {
  const selectors = effectiveSelectors(ESP_ADAPTERS.mailchimp, DEFAULT_POLICY);

  it('prefers request controls, then adapter selectors, then the generic name', () => {
    const doc = dom(`
      <form action="/account/export/request"><button type="submit" id="req"><span id="inner">Export Data</span></button></form>
      <a id="adapter" href="/lists/exports?id=1"><b id="icon">⇩</b></a>
      <button id="generic" aria-label="Download CSV"></button>
      <input type="submit" id="input" value="Export as XLSX">
      <button id="import">Import</button>
      <div id="plain">Export</div>`);
    const via = (id: string) => findExportControl(doc.getElementById(id) as Element, selectors)?.via ?? 'none';
    expect(via('inner')).toBe('request');
    expect(via('icon')).toBe('adapter');
    expect(via('generic')).toBe('generic');
    expect(via('input')).toBe('generic');
    expect(via('import')).toBe('none');
    expect(via('plain')).toBe('none'); // not a control: a heading or text is never clicked to export
  });

  it('survives a broken selector in a policy override', () => {
    const doc = dom('<button id="b">Export</button>');
    const broken = { exportButton: ['button[data-x='], exportRequest: [':::'] };
    expect(findExportControl(doc.getElementById('b') as Element, broken)?.via).toBe('generic');
  });

  it('reads accessible names from aria-labelledby, aria-label, input values and text', () => {
    const doc = dom(
      '<span id="l1">Export</span><span id="l2">contacts</span><button id="a" aria-labelledby="l1 l2">⇩</button><button id="t">  Download\n CSV </button>',
    );
    expect(accessibleName(doc.getElementById('a') as Element)).toBe('Export contacts');
    expect(accessibleName(doc.getElementById('t') as Element)).toBe('Download CSV');
  });

  it.each([
    ['Export as XLSX', 'xlsx'],
    ['Download CSV', 'csv'],
    ['Save as Excel', 'xlsx'],
    ['Export', null],
  ])('file type hint of "%s" is %s', (name, type) => expect(fileTypeHint(name)).toBe(type));
});
