import type { SelectorSet } from '../esp/selectors';

/**
 * Recognising export controls: the adapter's selectors first, then a generic match on the
 * control's accessible name, so a relabelled or restyled ESP button is still seen.
 */

/** Names that start an export of contacts or data. */
const EXPORT_NAME = [
  /^export\b/i, // "Export", "Export As CSV", "Export contacts", "Export audience"
  /\bexport (all|selected|contacts?|subscribers?|audience|list|members|segment|data|people|profiles?)\b/i,
  /\b(download|save) (as )?(a )?(csv|tsv|xlsx?|excel|vcf|vcards?|json|zip)\b/i, // "Download CSV", "Save as Excel"
  /\bdownload (all )?(contacts?|subscribers?|audience|list|members)\b/i,
  /\b(csv|xlsx) (export|download)\b/i,
];

/** Controls whose name mentions export but that carry no contact data. */
const NOT_EXPORT = [
  /\bimport/i, // "Import", "Import contacts"
  /\bsettings?\b/i, // "Export settings" of a campaign report
  /\b(invoices?|receipts?|billing)\b/i, // "Download invoice"
  /\b(templates?|design|html|pdf|png|image|logo)\b/i, // template and report artwork, not people
  /\breports? (as|to) pdf\b/i,
];

export function isExportName(name: string): boolean {
  const text = name.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 80) return false;
  if (NOT_EXPORT.some((re) => re.test(text))) return false;
  return EXPORT_NAME.some((re) => re.test(text));
}

/** A simplified accessible name: aria-labelledby, aria-label, input value/title, else text content. */
export function accessibleName(el: Element): string {
  const doc = el.ownerDocument;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return label.trim();
  if (el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    if (['submit', 'button', 'reset'].includes(input.type)) return input.value.trim();
  }
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text || (el.getAttribute('title') ?? '').trim();
}

const CONTROL = 'a[href], button, input[type="submit"], input[type="button"], [role="button"], [role="menuitem"], [role="link"]';

export type ControlMatch = { element: Element; via: 'request' | 'adapter' | 'generic' };

function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null; // a bad override selector must not break clicks
  }
}

/**
 * The export control a click landed on, if any. Request controls (emailed exports) win over
 * file exports because they decide how the click is handled.
 */
export function findExportControl(target: Element, selectors: Pick<SelectorSet, 'exportButton' | 'exportRequest'>): ControlMatch | null {
  for (const selector of selectors.exportRequest) {
    const element = safeClosest(target, selector);
    if (element) return { element, via: 'request' };
  }
  for (const selector of selectors.exportButton) {
    const element = safeClosest(target, selector);
    if (element) return { element, via: 'adapter' };
  }
  const control = safeClosest(target, CONTROL);
  if (control && isExportName(accessibleName(control))) return { element: control, via: 'generic' };
  return null;
}

/** A file type named by a control ("Export as XLSX"), or null. */
export function fileTypeHint(name: string): string | null {
  const m = /\b(csv|tsv|xlsx|xls|excel|vcf|vcard|json|zip)\b/i.exec(name);
  if (!m?.[1]) return null;
  const t = m[1].toLowerCase();
  return t === 'excel' || t === 'xls' ? 'xlsx' : t === 'vcard' ? 'vcf' : t;
}
