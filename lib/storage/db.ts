import Dexie, { type EntityTable } from 'dexie';
import type { AuditEvent } from './events';
import type { TrainingRecord } from './training';
import { MIGRATIONS } from './migrations';

/**
 * The `confidant` IndexedDB database (docs/design.md, contract 1). Open it only on the extension
 * origin: opened from a content script it would belong to the ESP page's origin.
 */
export type ConfidantDb = Dexie & { events: EntityTable<AuditEvent, 'id'>; training: EntityTable<TrainingRecord, 'lesson'> };

export const DB_NAME = 'confidant';

export function openDb(name = DB_NAME): ConfidantDb {
  const db = new Dexie(name) as ConfidantDb;
  for (const migration of MIGRATIONS) {
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
  return db;
}
