import { documentKind, scanDocument } from '../scan/scan-document';
import { maskValue } from '../pii/mask';
import type { PiiType } from '../pii/types';
import { EXIT, type CliIo } from './io';
import { BadInputError, readScanFile } from './read-input';

export interface ScanFinding {
  type: PiiType | 'custom';
  line: number;
  column: number;
  /** Masked unless the user asked for --reveal. */
  value: string;
  pattern: string;
  score: number;
  validated: boolean;
  /** The column header or label that gave context, when there was one. */
  label?: string;
}

/** Findings of one file, as the CLI prints them. Same scanners as the extension (lib/scan/scan-document). */
export function scanFileText(file: string, text: string, reveal: boolean): ScanFinding[] {
  return scanDocument(file, text).map((f) => {
    const raw = text.slice(f.start, f.end);
    return {
      type: f.type,
      line: f.line,
      column: f.column,
      value: reveal ? raw : maskValue(f.type, raw),
      pattern: f.patternName,
      score: Math.round(f.score * 100) / 100,
      validated: f.validated,
      ...(f.label ? { label: f.label } : {}),
    };
  });
}

export const SCAN_HELP = `confidant scan FILE [--json] [--reveal]

Finds personal data in an HTML, CSV or text file and prints each finding masked
(j•••@e•••.com). --reveal prints the values themselves: use it only on your own screen.
Exit codes: 0 nothing found, 1 personal data found, 2 bad input.
`;

export async function runScan(args: string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const reveal = args.includes('--reveal');
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && !['--json', '--reveal'].includes(a));
  if (unknown.length > 0 || files.length !== 1) {
    io.stderr(unknown.length > 0 ? `Unknown option ${unknown[0]}\n\n${SCAN_HELP}` : SCAN_HELP);
    return EXIT.badInput;
  }
  const file = files[0] as string;
  let text: string;
  try {
    const read = readScanFile(file);
    text = read.text;
    if (read.note) io.stderr(`confidant scan: ${read.note}\n`);
  } catch (error) {
    if (error instanceof BadInputError) {
      io.stderr(`confidant scan: ${error.message}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
  const kind = documentKind(file, text);
  const findings = scanFileText(file, text, reveal);
  const counts: Partial<Record<PiiType | 'custom', number>> = {};
  for (const f of findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
  if (json) {
    io.stdout(`${JSON.stringify({ file, kind, masked: !reveal, counts, findings }, null, 2)}\n`);
  } else {
    for (const f of findings) io.stdout(`${file}:${f.line}:${f.column}\t${f.type}\t${f.value}\t(${f.pattern}, score ${f.score})\n`);
    const summary = Object.entries(counts)
      .map(([type, n]) => `${n} ${type}`)
      .join(', ');
    io.stdout(findings.length === 0 ? `${file}: no personal data found\n` : `${file}: ${summary}${reveal ? '' : ' (masked)'}\n`);
  }
  return findings.length === 0 ? EXIT.ok : EXIT.failed;
}
