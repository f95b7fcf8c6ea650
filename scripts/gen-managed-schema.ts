/**
 * Writes public/managed_schema.json from the policy schema (lib/policy/schema.ts).
 * Run by the WXT `build:before` hook and by `npm run gen:managed-schema`; `--check` exits 1
 * when the committed file is out of date (CI).
 */
import fs from 'node:fs';
import path from 'node:path';
import { managedSchemaText } from '../lib/policy/managed-schema';

export const MANAGED_SCHEMA_PATH = path.resolve(import.meta.dirname, '../public/managed_schema.json');

export function writeManagedSchema(): boolean {
  const text = managedSchemaText();
  const current = fs.existsSync(MANAGED_SCHEMA_PATH) ? fs.readFileSync(MANAGED_SCHEMA_PATH, 'utf8') : '';
  if (current === text) return false;
  fs.writeFileSync(MANAGED_SCHEMA_PATH, text);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(MANAGED_SCHEMA_PATH) ? fs.readFileSync(MANAGED_SCHEMA_PATH, 'utf8') : '';
    if (current !== managedSchemaText()) {
      console.error('public/managed_schema.json is out of date: run npm run gen:managed-schema');
      process.exit(1);
    }
  } else {
    console.log(writeManagedSchema() ? 'Wrote public/managed_schema.json' : 'public/managed_schema.json is up to date');
  }
}
