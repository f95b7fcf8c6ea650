import { m001Events } from './001-events';
import type { Migration } from './types';

/** In version order. Never edit a released migration: add the next one. */
export const MIGRATIONS: readonly Migration[] = [m001Events];
