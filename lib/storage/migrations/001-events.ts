import type { Migration } from './types';

/** Version 1: the audit log. `at` and `kind` are indexed for the options page's queries and retention. */
export const m001Events: Migration = {
  version: 1,
  stores: { events: '++id, at, kind, esp, [kind+at]' },
};
