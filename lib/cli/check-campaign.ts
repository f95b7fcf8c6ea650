import fs from 'node:fs';
import path from 'node:path';
import { checkCampaign, knownEsp } from '../campaign/check';
import { DIALECT_LIST } from '../campaign/dialects/index';
import { NOT_CHECKED } from '../campaign/not-checked';
import type { CampaignReport } from '../campaign/types';
import { decodeTemplate } from './decode';

/**
 * `confidant check-campaign FILE… [--esp auto|ID] [--json]`: exit 0 when every check passes (or
 * only warns), 1 when a check fails, 2 on bad input (missing, binary or unreadable file, bad option).
 */
export interface CheckCampaignIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(path: string): Uint8Array;
  /** Defaults to node:fs; tests pass an in-memory tree. */
  isDirectory?(path: string): boolean;
  listDir?(path: string): string[];
}

/** Extensions of the template sources marketers keep: HTML, Go, Liquid/Jinja/Twig, Handlebars, MJML, Inky, text. */
export const TEMPLATE_EXTENSIONS = [
  '.html',
  '.htm',
  '.xhtml',
  '.tmpl',
  '.tpl',
  '.gohtml',
  '.gotmpl',
  '.liquid',
  '.jinja',
  '.jinja2',
  '.j2',
  '.twig',
  '.hbs',
  '.handlebars',
  '.mustache',
  '.mjml',
  '.inky',
  '.txt',
  '.text',
];
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const SKIP_DIRS = new Set(['node_modules', '.git', '.output', 'dist']);

export const USAGE = `Usage: confidant check-campaign FILE|FOLDER… [--esp auto|ID] [--json]
  --esp ID   the ESP the template is written for (default auto: guessed from its merge tags)
             IDs: ${DIALECT_LIST.map((d) => d.id).join(', ')}
  --json     machine-readable output
Exit: 0 all checks pass or warn, 1 a check failed, 2 bad input.`;

interface Parsed {
  files: string[];
  esp: string;
  json: boolean;
}

function parseArgs(args: string[]): Parsed | string {
  const parsed: Parsed = { files: [], esp: 'auto', json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') parsed.json = true;
    else if (arg === '--esp') {
      const value = args[++i];
      if (!value) return '--esp needs a value';
      parsed.esp = value;
    } else if (arg.startsWith('--esp=')) parsed.esp = arg.slice(6);
    else if (arg === '--') {
      parsed.files.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else parsed.files.push(arg);
  }
  if (!knownEsp(parsed.esp)) return `unknown ESP "${parsed.esp}"`;
  if (parsed.files.length === 0) return 'no file given';
  return parsed;
}

interface FileOutcome {
  path: string;
  report?: CampaignReport;
  error?: string;
}

export async function runCheckCampaign(args: string[], io: CheckCampaignIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`check-campaign: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  const isDirectory = io.isDirectory ?? ((p: string) => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false);
  const listDir = io.listDir ?? ((p: string) => fs.readdirSync(p));

  const outcomes: FileOutcome[] = [];
  const visit = (file: string, fromFolder: boolean) => {
    if (isDirectory(file)) {
      const before = outcomes.length;
      for (const name of listDir(file).sort()) {
        if (SKIP_DIRS.has(name)) continue;
        visit(path.join(file, name), true);
      }
      if (outcomes.length === before && !fromFolder) outcomes.push({ path: file, error: 'folder holds no template files' });
      return;
    }
    if (fromFolder && !TEMPLATE_EXTENSIONS.includes(path.extname(file).toLowerCase())) return;
    outcomes.push(checkFile(file, parsed.esp, io));
  };
  for (const file of parsed.files) visit(file, false);

  const failed = outcomes.some((o) => o.report?.results.some((r) => r.status === 'fail'));
  const bad = outcomes.some((o) => o.error);
  if (parsed.json) io.stdout(`${JSON.stringify(toJson(outcomes), null, 2)}\n`);
  else printHuman(outcomes, io);
  return bad ? 2 : failed ? 1 : 0;
}

function checkFile(file: string, esp: string, io: CheckCampaignIo): FileOutcome {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { path: file, error: code === 'ENOENT' ? 'no such file' : `cannot read file (${code ?? 'error'})` };
  }
  const decoded = decodeTemplate(bytes);
  if (!decoded.ok) return { path: file, error: decoded.error };
  const format = TEXT_EXTENSIONS.has(path.extname(file).toLowerCase()) ? 'text' : 'auto';
  return { path: file, report: checkCampaign(decoded.text, { esp, format }) };
}

function toJson(outcomes: FileOutcome[]) {
  const all = outcomes.flatMap((o) => o.report?.results ?? []);
  return {
    files: outcomes.map((o) =>
      o.error
        ? { path: o.path, error: o.error }
        : { path: o.path, esp: o.report?.esp, espName: o.report?.espName, espDetected: o.report?.espDetected, results: o.report?.results },
    ),
    summary: {
      files: outcomes.length,
      errors: outcomes.filter((o) => o.error).length,
      pass: all.filter((r) => r.status === 'pass').length,
      warn: all.filter((r) => r.status === 'warn').length,
      fail: all.filter((r) => r.status === 'fail').length,
    },
    notChecked: NOT_CHECKED,
  };
}

const MARK = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' } as const;

function printHuman(outcomes: FileOutcome[], io: CheckCampaignIo) {
  for (const o of outcomes) {
    if (o.error) {
      io.stderr(`${o.path}: ${o.error}\n`);
      continue;
    }
    const report = o.report as CampaignReport;
    const how = report.espDetected ? (report.esp === 'generic' ? 'no ESP merge tags found' : 'guessed from its merge tags') : 'as given';
    let out = `${o.path}  (${report.espName}, ${how})\n`;
    for (const r of report.results) {
      out += `  ${MARK[r.status]}  ${r.title}: ${r.evidence}\n`;
      if (r.fix) out += `        fix: ${r.fix.text}${r.fix.snippet ? `\n        paste: ${r.fix.snippet}` : ''}\n`;
      out += `        rules: ${r.rules.join(', ')}\n`;
    }
    io.stdout(out);
  }
  if (outcomes.some((o) => o.report)) {
    io.stdout(
      `\nA pass means only what is listed was seen. Not checked (cannot be seen in a template):\n${NOT_CHECKED.map((n) => `  - ${n}`).join('\n')}\n`,
    );
  }
}
