#!/usr/bin/env node
// The Confidant CLI. It runs the same lib/ TypeScript as the extension, loaded through tsx,
// so there is no separate build to keep in step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
