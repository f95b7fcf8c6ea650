import type { Transaction } from 'dexie';

/** One schema step. Migrations copy the types they need instead of importing live ones. */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}
