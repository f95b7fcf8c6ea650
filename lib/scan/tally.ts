import type { PiiCounts } from '../pii/types';
import { isFirstPiece, type MaskEntry } from './entries';
import { FIRST_VALUE, codeAt, codeCounted, codeMode, codeType, nextValue, type RowRecord } from './row-values';
import type { SectionLedger } from './section-ledger';

/**
 * The counts of values on the page now, kept up to date as text is scanned, changed and removed.
 *
 * Why a class of its own: the row reader, the removal walk and a body's ledger changes all add to
 * or take from the same three numbers; sharing this object is narrower than sharing the scanner.
 * Counts are kept incrementally so that a report never walks every entry.
 */
export class Tally {
  /** Counted values by type (a type may sit at 0 after its values left). */
  private byType: PiiCounts = {};
  /** Values whose mask is on (not `off`, not revealed). */
  masked = 0;
  /** Entries on the page: a removed subtree is walked only when there may be some in it. */
  live = 0;

  clear(): void {
    this.byType = {};
    this.masked = 0;
    this.live = 0;
  }

  /**
   * Adds (1) or takes back (-1) the value of one entry. A value split across text nodes is masked
   * once: its first piece stands for it in the masked total (as its counted piece does in the counts).
   */
  account(e: MaskEntry, sign: 1 | -1): void {
    this.accountValue(e.type, e.mode !== 'off' && !e.revealed && isFirstPiece(e), e.counted, sign);
  }

  accountValue(type: MaskEntry['type'], masked: boolean, counted: boolean, sign: 1 | -1): void {
    this.live += sign;
    if (masked) this.masked += sign;
    if (counted) this.byType[type as keyof PiiCounts] = (this.byType[type as keyof PiiCounts] ?? 0) + sign;
  }

  /** Takes a row's compact values out of the counts (row-values.ts). */
  unaccountRow(rec: RowRecord): void {
    for (let at = FIRST_VALUE; at < rec.length; at = nextValue(rec, at)) this.unaccountCode(codeAt(rec, at));
  }

  unaccountCode(code: number): void {
    this.accountValue(codeType(code), codeMode(code) !== 'off', codeCounted(code), -1);
  }

  /** Takes a ledger's values out of the counts. */
  takeBack(ledger: SectionLedger): void {
    for (const [type, n] of Object.entries(ledger.counts) as [keyof PiiCounts, number][]) this.byType[type] = (this.byType[type] ?? 0) - n;
    this.masked -= ledger.masked;
    this.live -= ledger.values;
  }

  /** Counts of values on the page now (types with at least one value) and how many are masked. */
  counts(): [PiiCounts, number] {
    const counts: PiiCounts = {};
    for (const [type, n] of Object.entries(this.byType) as [keyof PiiCounts, number][]) if (n > 0) counts[type] = n;
    return [counts, this.masked];
  }
}
