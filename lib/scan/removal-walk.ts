import { firstEntry, setFirstEntry } from './entries';
import type { Masker } from './masker';
import { recordFrom, recordState, rowRecord, setRowRecord } from './row-values';
import type { Tally } from './tally';

/**
 * Drops the values under nodes the page removed: their entries leave the counts and the masks.
 *
 * Why a walk in steps: the cost must follow the size of the page's own change, and removing a
 * 50k-row tbody must never block beyond a slice, so a removed subtree is walked a bit at a time
 * (the deadline is checked every 256 nodes) and resumed in the next slice.
 */

/** What the removal walk needs from the scanner. */
export interface RemovalHost {
  /** This page view's scan (entries.ts, row-values.ts). */
  epoch(): number;
  readonly tally: Tally;
  masker(doc: Document): Masker;
  /** A body left the page: drops its ledger. True when its implicit rows hold no entries. */
  dropLedger(section: HTMLTableSectionElement): boolean;
}

/** A removed subtree being walked for its values, and the next node to look at. */
interface Removal {
  walker: TreeWalker;
  next: Node | null;
  /** A removed body whose implicit rows hold no entries (section-ledger.ts): their cells are skipped. */
  plainRowsOf: Element | null;
}

export class RemovalWalk {
  /** Nodes the page removed, to drop their entries (work proportional to what the page changed). */
  private removed: Node[] = [];
  /** The removed subtree being walked, when one did not fit in a slice. */
  private removing: Removal | null = null;

  constructor(
    private readonly host: RemovalHost,
    private readonly doc: Document,
  ) {}

  /** Notes a node the page removed; it is looked at in a slice (unless the page put it back). */
  add(node: Node): void {
    this.removed.push(node);
  }

  /** Nothing left to drop. */
  get idle(): boolean {
    return this.removed.length === 0 && !this.removing;
  }

  clear(): void {
    this.removed = [];
    this.removing = null;
  }

  /** Drops the values of a whole frame document that went away, at once. */
  dropDocument(frameDoc: Document): void {
    this.dropSubtree({ walker: frameDoc.createTreeWalker(frameDoc, 0x5), next: frameDoc, plainRowsOf: null }, Infinity);
  }

  /** Forgets the removed nodes of a frame document that went away (dropDocument dropped them). */
  forgetDocument(frameDoc: Document): void {
    this.removed = this.removed.filter((n) => n.ownerDocument !== frameDoc);
    if (this.removing?.walker.root.ownerDocument === frameDoc) this.removing = null;
  }

  /**
   * Drops the entries under nodes the page removed (unless it put them back). A removed subtree is
   * walked in steps (`removing`), so removing a 50k-row tbody never blocks beyond the slice.
   */
  run(deadline: number): boolean {
    for (;;) {
      if (this.removing) {
        if (!this.dropSubtree(this.removing, deadline)) return false;
        this.removing = null;
      }
      if (performance.now() > deadline) return this.removed.length === 0;
      const node = this.removed.pop();
      if (!node) return true;
      if (node.isConnected) continue;
      if (node.nodeType === 3) {
        this.forget(node as Text);
      } else if (this.host.tally.live > 0) {
        // SHOW_ELEMENT | SHOW_TEXT: rows hold their compact values, text nodes their entries.
        this.removing = { walker: (node.ownerDocument ?? this.doc).createTreeWalker(node, 0x5), next: node, plainRowsOf: null };
      }
    }
  }

  /**
   * Drops the values in a removed subtree (or a forgotten document), from `removal.next` on, until
   * the deadline (false) or the end (true). A row read wholly from its markup holds all its values:
   * its cells are not visited.
   */
  private dropSubtree(removal: Removal, deadline: number): boolean {
    const walker = removal.walker;
    let n = 0;
    for (let node = removal.next; node;) {
      let skip = false;
      if (node.nodeType === 3) this.forget(node as Text);
      else if ((node as Element).tagName === 'TR') skip = this.dropRow(node as Element, removal.plainRowsOf);
      else if ((node as Element).tagName === 'TBODY' && this.host.dropLedger(node as HTMLTableSectionElement))
        removal.plainRowsOf = node as Element;
      if (skip) {
        walker.currentNode = node;
        node = nextOutside(walker);
      } else {
        walker.currentNode = node;
        node = walker.nextNode();
      }
      if (++n % 256 === 0 && performance.now() > deadline) {
        removal.next = node;
        return false;
      }
    }
    removal.next = null;
    return true;
  }

  /**
   * Drops a removed row's compact values. True when none of its cells holds entries (skip them):
   * read wholly from its markup, or an implicit row of `plainRowsOf` (section-ledger.ts).
   */
  private dropRow(row: Element, plainRowsOf: Element | null): boolean {
    const rec = rowRecord(row, this.host.epoch());
    if (rec === undefined) return plainRowsOf !== null && row.parentNode === plainRowsOf;
    // Put back later, the row is read afresh.
    setRowRecord(row, undefined);
    if (recordState(rec) !== 'compact') return false;
    this.host.tally.unaccountRow(rec);
    return recordFrom(rec) < 0;
  }

  /** Drops the entries of one text node (removed, or its text changed). */
  forget(text: Text): void {
    let e = firstEntry(text, this.host.epoch());
    if (!e) return;
    const masker = this.host.masker(text.ownerDocument);
    for (; e; e = e.next) {
      this.host.tally.account(e, -1);
      masker.remove(e);
    }
    setFirstEntry(text, undefined);
  }
}

/** The node after the walker's current node and its subtree (null past the walker's root). */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}
