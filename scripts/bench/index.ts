/**
 * `npm run bench`: every benchmark in one run, side by side with its peers, printing ratios.
 * Pass --full for the slow sizes (10 MB text, 50k-row tables); they stay out of CI.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const HERE = import.meta.dirname;
const ORDER = ['detectors.ts', 'campaign.ts', 'in-page.ts', 'popup.ts'];
const args = process.argv.slice(2);
let failed = 0;

for (const file of ORDER) {
  const full = path.join(HERE, file);
  if (!fs.existsSync(full)) continue;
  console.log(`\n######## ${file.replace(/\.ts$/, '')} ########\n`);
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', full, ...args], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exitCode = failed === 0 ? 0 : 1;
