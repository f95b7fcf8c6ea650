import type { MaskEntry } from './entries';
import { maskRepeated, maskText } from './text-values';

/**
 * Values in a `<select>`'s options: a "Preview as" or "Send a test to" picker that lists contacts.
 * The browser draws an option's text itself, in the closed select and in its popup: no highlight
 * reaches it and no overlay can cover the popup, so the select showed the address the page counted
 * as masked. An option's `label` is what the browser shows instead of its text, while its value
 * stays its own: each option holding masked values gets its masked text as its `label`, and its
 * own `label` back when its values are revealed or gone. The page's text nodes are never touched.
 */
export class OptionLabels {
  /** Options whose label Confidant set: the page's own label (null: none), and the one set. */
  private readonly set = new Map<HTMLOptionElement, { own: string | null; masked: string }>();

  constructor(
    /** The values of a text node now (entries.ts), for the scan in force. */
    private readonly entriesOf: (node: Text) => readonly MaskEntry[],
  ) {}

  /** Whether the element is an option, whose entries this class shows. */
  static holds(el: Element): el is HTMLOptionElement {
    return el.localName === 'option';
  }

  /** Options whose values changed, updated together once the change is done. */
  private readonly due = new Set<HTMLOptionElement>();

  /**
   * The option's values changed (found, revealed, gone): its label follows, in a microtask, once
   * the change is whole (a text's values are dropped one by one before the text is let go). That
   * is still before the browser acts on the event that caused it (a reveal before the popup opens).
   */
  changed(option: HTMLOptionElement): void {
    if (this.due.size === 0) queueMicrotask(() => this.updateDue());
    this.due.add(option);
  }

  private updateDue(): void {
    const due = [...this.due];
    this.due.clear();
    for (const option of due) this.update(option);
  }

  /** The option's label as its values are now. */
  private update(option: HTMLOptionElement): void {
    const known = this.set.get(option);
    const own = known ? known.own : option.getAttribute('label');
    const masked = this.maskedLabel(option, own);
    if (masked === null) {
      if (known) this.putBack(option, known);
      return;
    }
    if (known?.masked === masked && option.getAttribute('label') === masked) return;
    this.set.set(option, { own, masked });
    option.setAttribute('label', masked);
  }

  /** Every option gets its own label back (a new page view, or Confidant stops). */
  clear(): void {
    this.due.clear();
    for (const [option, known] of this.set) this.putBack(option, known);
  }

  /**
   * What the option shows, with its masked values masked; null when it shows none. That is its text
   * (white space collapsed, as the browser shows it), or the page's own label when it has one, in
   * which only the masked values it repeats are masked.
   */
  private maskedLabel(option: HTMLOptionElement, own: string | null): string | null {
    const masked: MaskEntry[] = [];
    let text = '';
    for (let child = option.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 3) continue;
      const node = child as Text;
      const values = this.entriesOf(node).filter((e) => e.mode !== 'off' && !e.revealed);
      masked.push(...values);
      text += values.length > 0 ? maskText(node.data, values) : node.data;
    }
    if (masked.length === 0) return null;
    if (own) {
      const label = maskRepeated(own, masked);
      return label === own ? null : label;
    }
    return text.replace(/\s+/g, ' ').trim();
  }

  private putBack(option: HTMLOptionElement, known: { own: string | null; masked: string }): void {
    this.set.delete(option);
    // Unless the page set a label of its own meanwhile.
    if (option.getAttribute('label') !== known.masked) return;
    if (known.own === null) option.removeAttribute('label');
    else option.setAttribute('label', known.own);
  }
}
