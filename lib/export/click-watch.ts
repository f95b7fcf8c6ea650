import type { ContentFeature } from '../content/feature';
import { identifyPage } from '../esp/index';
import { effectiveSelectors } from '../esp/selectors';
import { accessibleName, fileTypeHint, findExportControl } from './controls';
import { EXPORT_FILE_TYPES, type ExportFileType } from './file-types';

/** Option labels on an export page that mean opted-out contacts are included. */
const OPTED_OUT_LABEL = /unsubscrib|cleaned|opted[- ]?out|do not contact|suppress/i;

function labelOf(input: Element): string {
  const labels = (input as HTMLInputElement).labels;
  const fromLabels = labels ? [...labels].map((l) => l.textContent ?? '').join(' ') : '';
  return `${fromLabels} ${input.getAttribute('aria-label') ?? ''} ${input.closest('label')?.textContent ?? ''}`;
}

/** True when the page's export options include opted-out contacts (a checked box or a selected option). */
export function pageIncludesOptedOut(root: ParentNode): boolean {
  for (const input of root.querySelectorAll('input[type="checkbox"]:checked, input[type="radio"]:checked')) {
    if (OPTED_OUT_LABEL.test(labelOf(input))) return true;
  }
  for (const option of root.querySelectorAll('select option:checked')) {
    if (OPTED_OUT_LABEL.test(option.textContent ?? '')) return true;
  }
  return false;
}

const asFileType = (t: string | null): ExportFileType | null =>
  (EXPORT_FILE_TYPES as readonly string[]).includes(t ?? '') ? (t as ExportFileType) : null;

/** A link's own target can name the type: `/s/contacts/batchExport?filetype=xlsx`, `…/export.csv`. */
function hrefHint(el: Element): ExportFileType | null {
  const href = el.getAttribute('href');
  if (!href) return null;
  const m = /[?&](?:filetype|format)=([a-z]+)|\.([a-z]{3,4})(?:[?#]|$)/i.exec(href);
  return asFileType(fileTypeHint(m?.[1] ?? m?.[2] ?? ''));
}

/**
 * Sees clicks on export controls (adapter selectors, policy overrides, or a generic accessible-name
 * match) and reports them. A control that asks the ESP to prepare an emailed export is held: the
 * click is stopped, the background decides (and may ask the user), and the click is replayed once
 * allowed. Other export clicks go through; the download guard holds the file itself.
 */
export const exportClickWatch: ContentFeature = (ctx) => {
  const replaying = new WeakSet<Element>();
  const onClick = (event: Event) => {
    const target = event.target as Element | null;
    if (!target || typeof target.closest !== 'function') return;
    const page = identifyPage(ctx.location(), ctx.selfHosted());
    if (!page) return;
    const match = findExportControl(target, effectiveSelectors(page.adapter, ctx.policy()));
    if (!match) return;
    if (replaying.has(match.element)) {
      replaying.delete(match.element);
      return;
    }
    const payload = {
      via: match.via,
      pageKind: page.pageKind,
      fileTypeHint: asFileType(fileTypeHint(accessibleName(match.element))) ?? hrefHint(match.element),
      optedOut: pageIncludesOptedOut(ctx.doc),
    };
    if (match.via !== 'request') {
      void ctx.send('cs:exportIntent', payload).catch(() => undefined);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    const element = match.element;
    void ctx
      .send('cs:exportIntent', payload)
      .then((reply) => {
        if (!reply.proceed || ctx.signal.aborted) return;
        replaying.add(element);
        (element as HTMLElement).click();
      })
      .catch(() => undefined); // no answer: the request stays unsent
  };
  ctx.doc.addEventListener('click', onClick, { capture: true, signal: ctx.signal });
};
