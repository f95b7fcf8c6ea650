import type { PageScanner } from './scanner';
import { maskFound, maskRepeated, type TextValue } from './text-values';

export interface TabTitleGuardOptions {
  doc: Document;
  scanner: PageScanner;
  /** Finds values in plain text with the policy's settings (text-values.ts). */
  detect: (text: string) => readonly TextValue[];
  /** The element whose masked values the title may repeat: a contact page's heading (profile-heading.ts), or null. */
  heading: () => Element | null;
  signal: AbortSignal;
}

/** Titles longer than this are read in their first part only (a tab shows a few words). */
const MAX_TITLE = 500;

/**
 * Masks personal data in the page's title, which the browser shows on its tab, in the window's
 * title bar and in the window switcher, all of them in a shared screen. A contact record titles
 * itself with the contact ("Ava Dummins | HubSpot"), or an address.
 *
 * The title's values are what the detectors find in it, and the masked values of the page's
 * heading that it repeats (a name, found through the heading). The page's own title is kept and
 * put back when the page view ends; a title the page sets later (an app changing views) is read
 * again. Not counted: the page's text already is.
 *
 * The browser may have taken the page's title before Confidant reads it: its history can keep the
 * unmasked title of a page visited, which only the browser's own settings reach.
 */
export class TabTitleGuard {
  /** The page's own title while a masked one is shown, and the masked one; null while the page's shows. */
  private swapped: { own: string; masked: string } | null = null;

  constructor(private readonly options: TabTitleGuardOptions) {
    const { doc, signal } = options;
    // The page sets its title by replacing <title>'s text, or the element itself. Other changes to
    // <head> (style sheets a framework adds by the hundred) are no news.
    const observer = new (doc.defaultView?.MutationObserver ?? MutationObserver)((records) => {
      if (records.some(touchesTitle)) this.refresh();
    });
    if (doc.head) observer.observe(doc.head, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      this.putBack();
    });
  }

  /** Masks the title if it holds values (after a scan, or when the page set a new one). */
  refresh(): void {
    if (this.options.signal.aborted) return;
    const { doc } = this.options;
    const shown = doc.title;
    if (this.swapped && shown === this.swapped.masked) {
      // Ours is showing: masked again, in case the heading's values changed since.
      const masked = this.masked(this.swapped.own);
      if (masked === this.swapped.masked) return;
      if (masked === this.swapped.own) return this.putBack();
      this.swapped.masked = masked;
      doc.title = masked;
      return;
    }
    // The page's title shows (its first, or a new one it set).
    const masked = this.masked(shown);
    this.swapped = masked === shown ? null : { own: shown, masked };
    if (this.swapped) doc.title = masked;
  }

  private putBack(): void {
    const swapped = this.swapped;
    this.swapped = null;
    if (swapped && this.options.doc.title === swapped.masked) this.options.doc.title = swapped.own;
  }

  private masked(title: string): string {
    if (!title.trim()) return title;
    const masked = maskFound(title, this.options.detect, MAX_TITLE);
    const heading = this.options.heading();
    if (!heading) return masked;
    const range = this.options.doc.createRange();
    range.selectNodeContents(heading);
    return maskRepeated(masked, this.options.scanner.entriesIn(range));
  }
}

/** Whether a change to <head> is one to its <title> (its text, or the element added or removed). */
function touchesTitle(record: MutationRecord): boolean {
  const target = record.target.nodeType === 3 ? record.target.parentNode : record.target;
  if (target && (target as Element).localName === 'title') return true;
  const isTitle = (n: Node) => (n as Element).localName === 'title';
  return Array.prototype.some.call(record.addedNodes, isTitle) || Array.prototype.some.call(record.removedNodes, isTitle);
}
