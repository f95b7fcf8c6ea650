import { planColumn, type ColumnPlan } from '../detectors/index';
import { PII_TYPES } from '../pii/types';
import { BoundedCache } from '../util/bounded-cache';
import { tableHeaders } from './labels';
import type { ScanSettings } from './policy-options';

/**
 * Detector plans for the current settings: one per label, and a table's per column. Every type sees
 * the label (as scanText with `context.label` does), so results are the same as before; what the
 * plan saves is the per-cell work: label words looked up once per column, detectors a header
 * makes unreachable skipped, digit-starved cells passed over (lib/detectors/README.md).
 */
export class Plans {
  private settings: ScanSettings | null = null;
  /** Labels are column headers and field names; a page with very many distinct ones starts over. */
  private readonly byLabel = new BoundedCache<string, ColumnPlan>(500);
  private byTable = new WeakMap<Element, (ColumnPlan | undefined)[]>();

  /** Drops every plan when the settings object changed (a new policy). */
  use(settings: ScanSettings): void {
    if (settings === this.settings) return;
    this.settings = settings;
    this.byLabel.clear();
    this.byTable = new WeakMap();
  }

  forLabel(label: string): ColumnPlan {
    return this.byLabel.get(label) ?? this.byLabel.set(label, planColumn(label, PII_TYPES, this.settings?.engine));
  }

  /** The plans of a table's columns, by cell index (headers read once per table, as labels.ts does). */
  forTable(table: Element): (ColumnPlan | undefined)[] {
    let plans = this.byTable.get(table);
    if (!plans) {
      plans = tableHeaders(table).map((h) => this.forLabel(h));
      this.byTable.set(table, plans);
    }
    return plans;
  }
}
