import { EXIT, type CliIo } from './io';
import fs from 'node:fs';
import { USAGE as CHECK_CAMPAIGN_HELP, runCheckCampaign } from './check-campaign';
import { POLICY_HELP, runPolicy } from './policy';
import { SCAN_HELP, runScan } from './scan';

export const HELP = `Usage: npx confidant <command> [options]

Confidant's checks from the command line: the same code the browser extension runs.
Nothing leaves this machine.

Commands:
  scan FILE [--json] [--reveal]   find personal data in an HTML, CSV or text file (masked by default)
  check-campaign FILE|DIR… [--esp auto|ID] [--json]
                                  check templates for an unsubscribe link, postal address, sender identity
  policy keygen|sign|verify|validate
                                  team-lead tooling for policy files (see: help policy)
  help [COMMAND]                  show help

Options:
  --json      machine-readable output
  -h, --help  show this help

Exit codes: 0 ok, 1 a check failed or data was found, 2 bad input.
`;

type Command = { help: string; run: (args: string[], io: CliIo) => Promise<number> };

const COMMANDS: Record<string, Command> = {
  scan: { help: SCAN_HELP, run: runScan },
  'check-campaign': {
    help: `${CHECK_CAMPAIGN_HELP}\n`,
    run: (args, io) => runCheckCampaign(args, { ...io, readFile: (path) => fs.readFileSync(path) }),
  },
  policy: { help: POLICY_HELP, run: runPolicy },
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (command === 'help') {
    const topic = rest[0] ? COMMANDS[rest[0]] : undefined;
    io.stdout(topic ? topic.help : HELP);
    return EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!entry) {
    io.stderr(`Unknown command "${command}".\n\n${HELP}`);
    return EXIT.badInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(entry.help);
    return EXIT.ok;
  }
  return entry.run(rest, io);
}
