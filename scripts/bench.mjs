// `npm run bench`: the detector benchmark and the in-page benchmark, full sizes (10 MB, 50k rows).
// Quick runs: `npx tsx --expose-gc scripts/bench/detectors.ts` and `npx tsx scripts/bench/in-page.ts`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const run = (args) => {
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(['tsx', '--expose-gc', 'scripts/bench/detectors.ts', '--full']);
if (!fs.existsSync('.output/chrome-mv3/manifest.json')) run(['wxt', 'build']);
run(['tsx', 'scripts/bench/in-page.ts', '--full']);
