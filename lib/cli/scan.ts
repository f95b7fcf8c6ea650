import { scanText, type Finding } from '../detectors/index';
import { maskValue } from '../pii/mask';
import type { PiiType } from '../pii/types';
import { EXIT, type CliIo } from './io';
import { BadInputError, inputKind, readTextFile } from './read-input';

export interface ScanFinding {
  type: PiiType;
  line: number;
  column: number;
  /** Masked unless the user asked for --reveal. */
  value: string;
  pattern: string;
  score: number;
  validated: boolean;
}

/** Blanks out markup (tags, scripts, styles, comments) with spaces so offsets and lines stay true. */
export function blankMarkup(html: string): string {
  return html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi, (m) => m.replace(/[^\n]/g, ' '));
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

export function scanFileText(text: string, kind: 'html' | 'csv' | 'text', reveal: boolean): ScanFinding[] {
  const searchable = kind === 'html' ? blankMarkup(text) : text;
  const starts = lineStarts(searchable);
  return scanText(searchable).map((f: Finding) => {
    const raw = searchable.slice(f.start, f.end);
    return {
      type: f.type,
      ...position(starts, f.start),
      value: reveal ? raw : maskValue(f.type, raw),
      pattern: f.patternName,
      score: Math.round(f.score * 100) / 100,
      validated: f.validated,
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
    text = readTextFile(file);
  } catch (error) {
    if (error instanceof BadInputError) {
      io.stderr(`confidant scan: ${error.message}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
  const kind = inputKind(file, text);
  const findings = scanFileText(text, kind, reveal);
  const counts: Partial<Record<PiiType, number>> = {};
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
