import { planColumn, type ColumnPlan } from '../detectors/index';
import { PII_TYPES } from '../pii/types';
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
  private byLabel = new Map<string, ColumnPlan>();
  private byTable = new WeakMap<Element, (ColumnPlan | undefined)[]>();

  /** Drops every plan when the settings object changed (a new policy). */
  use(settings: ScanSettings): void {
    if (settings === this.settings) return;
    this.settings = settings;
    this.byLabel = new Map();
    this.byTable = new WeakMap();
  }

  forLabel(label: string): ColumnPlan {
    let plan = this.byLabel.get(label);
    if (!plan) {
      // Labels are column headers and field names; a page with very many distinct ones starts over.
      if (this.byLabel.size > 500) this.byLabel = new Map();
      plan = planColumn(label, PII_TYPES, this.settings?.engine);
      this.byLabel.set(label, plan);
    }
    return plan;
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
