import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '../db';

describe('migration 003', () => {
  it('gives version-2 training rows a review step and last attempt date', async () => {
    const name = 'confidant-m003';
    const v2 = new Dexie(name);
    v2.version(1).stores({ events: '++id, at, kind, esp, [kind+at]' });
    v2.version(2).stores({ training: 'lesson, passedAt, dueAt' });
    await v2.table('training').bulkPut([
      { lesson: 'gdpr', attempts: 1, bestScore: 100, lastScore: 100, passedAt: 5000, dueAt: 9000 },
      { lesson: 'casl', attempts: 1, bestScore: 33, lastScore: 33, passedAt: 0, dueAt: 0 },
    ]);
    v2.close();
    const db = openDb(name);
    expect(await db.training.get('gdpr')).toMatchObject({ reviewStep: 1, lastAttemptAt: 5000, dueAt: 9000 });
    expect(await db.training.get('casl')).toMatchObject({ reviewStep: 0, lastAttemptAt: 0 });
    expect(db.verno).toBe(3);
  });
});
