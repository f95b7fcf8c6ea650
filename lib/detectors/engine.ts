import type { PiiType } from '../pii/types';
import { BoundedCache } from '../util/bounded-cache';
import { passes } from './shape';
import { NO_CANDIDATES, labelHas, type Candidate, type Detector, type DetectorPattern, type Finding, type ScanContext } from './types';

/** Policy hooks the engine applies while scanning (all optional). */
export interface EngineOptions {
  /** Types to look for; defaults to every registered detector. */
  types?: readonly PiiType[];
  context?: ScanContext;
  /** Values never flagged: the organisation's own domains and known test addresses. */
  exclusions?: { domains: readonly string[]; addresses: readonly string[] };
  /** Policy-defined patterns, compiled and checked by lib/detectors/custom.ts. */
  custom?: readonly CompiledCustomPattern[];
  /** Look for bare IP addresses (an IP column or policy opted in). */
  ipOptIn?: boolean;
}

export interface CompiledCustomPattern {
  id: string;
  regex: RegExp;
}

/** Text longer than this is scanned in its first part only for custom patterns (keeps them bounded). */
export const MAX_CUSTOM_TEXT = 20_000;

const SPACE = /\s/;

/** `\s` without a regex call for ASCII (most cells end in a letter or digit). */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(String.fromCharCode(c)));

/** Where `text` starts without leading white space (a character scan: cells are scanned by the thousand). */
function trimmedStart(text: string): number {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  return start;
}

/** Where `text` ends without trailing white space, not before `start`. */
function trimmedEnd(text: string, start: number): number {
  let end = text.length;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function patternCandidates(detector: Detector, text: string, ipOptIn: boolean, words: LabelWords, shape: number): readonly Candidate[] {
  let out: Candidate[] | null = null; // created for the first candidate: most texts have none
  const patterns = words.patterns;
  for (let i = 0; i < patterns.length; i++) {
    const pattern = patterns[i] as DetectorPattern;
    if (pattern.gate && !passes(pattern.gate, shape)) continue;
    if (!runsBare(detector, pattern, ipOptIn)) continue;
    if (pattern.requires && !containsAny(text, pattern.requires)) continue;
    const regex = pattern.regex;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      if (pattern.group === undefined) {
        (out ??= []).push({ start: m.index, end: m.index + m[0].length, patternName: pattern.name, score: pattern.score });
        continue;
      }
      const span = m.indices?.[pattern.group];
      if (span) (out ??= []).push({ start: span[0], end: span[1], patternName: pattern.name, score: pattern.score });
    }
  }
  return out ?? NO_CANDIDATES;
}

/**
 * The patterns whose best possible score (validated, with these label words) reaches the
 * detector's bar: a bare nine-digit SSN counts only in an SSN column. Decided once per label, not
 * per cell (the loop over patterns that cannot score cost more than the gates that follow it).
 */
function reachablePatterns(detector: Detector, words: LabelWords): readonly DetectorPattern[] {
  const validated = detector.validate !== undefined;
  return detector.patterns.filter((p) => bestScore(p.score, validated, words) >= detector.minScore);
}

/**
 * One alternation of literals per `requires` list: a single regex pass over a CSV row measured three
 * times faster than an includes() per keyword (fifteen German street words, thirteen French ones).
 */
const requiresRegex = new WeakMap<readonly string[], RegExp>();

function containsAny(text: string, words: readonly string[]): boolean {
  let regex = requiresRegex.get(words);
  if (!regex) {
    regex = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    requiresRegex.set(words, regex);
  }
  return regex.test(text);
}

function excluded(type: PiiType, value: string, exclusions: EngineOptions['exclusions']): boolean {
  if (!exclusions || type !== 'email') return false;
  const lower = value.toLowerCase();
  if (exclusions.addresses.some((a) => a.toLowerCase() === lower)) return true;
  const domain = lower.slice(lower.lastIndexOf('@') + 1);
  return exclusions.domains.some((d) => {
    const dom = d.toLowerCase();
    return domain === dom || domain.endsWith(`.${dom}`);
  });
}

export interface LabelWords {
  positive: readonly string[];
  negative: readonly string[];
  /** What findings quote: positive words, then negative ones prefixed `-`. */
  quoted: readonly string[];
  /**
   * Nothing the detector finds can reach `minScore` under this label (phones in an "Order ID"
   * column): the detector is skipped before its prefilter. Decided once per label.
   */
  dead: boolean;
  /** The label names a part of a person (`first name`): labelled cells are masked, not counted. */
  partLabel: boolean;
  /** The detector's patterns that can reach `minScore` under this label (reachablePatterns). */
  patterns: readonly DetectorPattern[];
}
/** Custom findings quote no label words. */
const NO_QUOTED_WORDS: readonly string[] = Object.freeze([]);
/** Labels repeat (a column header per cell): their context words are looked up once per detector. */
const labelCache = new WeakMap<Detector, BoundedCache<string, LabelWords>>();

export function contextWords(detector: Detector, label: string): LabelWords {
  let cache = labelCache.get(detector);
  if (!cache) labelCache.set(detector, (cache = new BoundedCache(500)));
  return cache.get(label) ?? cache.set(label, labelWords(detector, label));
}

function labelWords(detector: Detector, label: string): LabelWords {
  const positive = Object.freeze(detector.context.filter((w) => labelHas(label, w)));
  const negative = Object.freeze((detector.negativeContext ?? []).filter((w) => labelHas(label, w)));
  // Shared by every finding under this label (findings are read, never changed).
  const quoted = Object.freeze([...positive, ...negative.map((w) => `-${w}`)]);
  const partLabel = detector.cell?.partLabels?.some((w) => labelHas(label, w)) ?? false;
  const words: LabelWords = { positive, negative, quoted, dead: false, partLabel, patterns: detector.patterns };
  words.patterns = reachablePatterns(detector, words);
  words.dead = !canReachMinScore(detector, words);
  return words;
}

/**
 * False when neither a labelled cell nor any pattern can score `minScore` with these label words.
 * `find` candidates score as the detector's patterns do (phone 0.85, email 0.9), so the best
 * pattern score bounds them too.
 */
function canReachMinScore(detector: Detector, words: LabelWords): boolean {
  if (detector.cell && words.positive.length > 0 && words.negative.length === 0) return true;
  return words.patterns.length > 0;
}

/** A candidate's score: its pattern's base, raised by validation and label words, lowered by negative words. */
function bestScore(base: number, validated: boolean, words: LabelWords): number {
  return Math.min(1, base + (validated ? 0.05 : 0) + words.positive.length * 0.1 - words.negative.length * 0.5);
}

/**
 * Runs one detector over one piece of text, with the label's words already looked up (a column
 * plan holds them; `label` is lower-cased) and the text's shape already computed (one pass serves
 * every detector). Appends to `out` and returns how many it added: table and document scanners
 * collect a whole file's findings in one array, without an array per detector and cell.
 */
export function collectFindings(
  detector: Detector,
  text: string,
  options: EngineOptions,
  label: string,
  words: LabelWords,
  shape: number,
  out: Finding[],
): number {
  if (words.dead) return 0;
  const cell = detector.cell;
  // Gate and prefilter run once: before the labelled-cell check for detectors without one, after it otherwise.
  if (!cell && !admits(detector, words, text, shape, options.ipOptIn ?? false)) return 0;

  if (cell && words.positive.length > 0 && words.negative.length === 0) {
    const start = trimmedStart(text);
    const end = trimmedEnd(text, start);
    if (end > start && end - start <= 160 && cell.accepts(start === 0 && end === text.length ? text : text.slice(start, end), shape)) {
      const finding = newFinding(detector.id, detector.id, 'labelled-cell', start, end, 0.9, false, words.positive);
      if (words.partLabel) finding.uncounted = true;
      out.push(finding);
      return 1;
    }
  }
  if (cell && !admits(detector, words, text, shape, options.ipOptIn ?? false)) return 0;
  const before = out.length;
  const candidates = detector.find ? detector.find(text, label) : patternCandidates(detector, text, options.ipOptIn ?? false, words, shape);
  // The matched text is needed only by checks; label-driven detectors have none and skip the copy.
  const needsValue = detector.invalidate !== undefined || detector.validate !== undefined || options.exclusions !== undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    let validated = false;
    if (needsValue) {
      const value = text.slice(c.start, c.end);
      if (detector.invalidate?.(value, text, c.start)) continue;
      if (detector.validate) {
        if (!detector.validate(value, label)) continue;
        validated = true;
      }
      if (excluded(detector.id, value, options.exclusions)) continue;
    }
    const score = bestScore(c.score, validated, words);
    if (score < detector.minScore) continue;
    const finding = newFinding(detector.id, detector.id, c.patternName, c.start, c.end, score, validated, words.quoted);
    if (validated && detector.validation) finding.validation = detector.validation;
    out.push(finding);
  }
  return out.length - before;
}

/**
 * The detector's gate on the text's shape, then (for pattern detectors) whether some pattern that
 * can score under this label has its own gate passed, then the finer prefilter when there is one:
 * a date has too few digits for an SSN and no capital for a NINO, so no regex runs on it.
 */
function admits(detector: Detector, words: LabelWords, text: string, shape: number, ipOptIn: boolean): boolean {
  if (!passes(detector.gate, shape)) return false;
  if (detector.find === undefined && !somePatternRuns(detector, words.patterns, shape, ipOptIn)) return false;
  return detector.prefilter === undefined || detector.prefilter(text, shape);
}

/** Whether patternCandidates would run some pattern on a text of this shape (before `requires`). */
function somePatternRuns(detector: Detector, patterns: readonly DetectorPattern[], shape: number, ipOptIn: boolean): boolean {
  for (let i = 0; i < patterns.length; i++) {
    const pattern = patterns[i] as DetectorPattern;
    if (pattern.gate !== undefined && !passes(pattern.gate, shape)) continue;
    if (runsBare(detector, pattern, ipOptIn)) return true;
  }
  return false;
}

/** Context-only detectors run bare patterns only when opted in; inline-label patterns always run. */
function runsBare(detector: Detector, pattern: DetectorPattern, ipOptIn: boolean): boolean {
  return !detector.contextOnly || pattern.group !== undefined || (pattern.optIn === true && ipOptIn);
}

/**
 * Every finding is created with the same properties in the same order, optional ones included, and
 * with the slots a document scanner fills in (line, column, label): a conditional spread gives
 * findings slow dictionary-mode shapes, and adding properties later, or copying each finding into
 * a document finding, cost more per CSV cell than most detectors (measured by the detector bench).
 */
function newFinding(
  type: Finding['type'],
  detectorId: Finding['detectorId'],
  patternName: string,
  start: number,
  end: number,
  score: number,
  validated: boolean,
  contextWords: readonly string[],
): Finding {
  const finding: Finding & PlacementSlots = {
    type,
    detectorId,
    patternName,
    start,
    end,
    score,
    validated,
    contextWords,
    validation: undefined,
    uncounted: undefined,
    line: undefined,
    column: undefined,
    label: undefined,
  };
  return finding;
}

/** Filled in by document scanners (lib/scan/scan-csv.ts, scan-html.ts, scan-plain-text.ts); undefined elsewhere. */
interface PlacementSlots {
  line: number | undefined;
  column: number | undefined;
  label: string | undefined;
}

export function runCustom(patterns: readonly CompiledCustomPattern[], text: string): Finding[] {
  const findings: Finding[] = [];
  const bounded = text.length > MAX_CUSTOM_TEXT ? text.slice(0, MAX_CUSTOM_TEXT) : text;
  for (const p of patterns) {
    p.regex.lastIndex = 0;
    for (let m = p.regex.exec(bounded); m; m = p.regex.exec(bounded)) {
      if (m[0].length === 0) {
        p.regex.lastIndex++;
        continue;
      }
      findings.push(newFinding('custom', `custom:${p.id}`, p.id, m.index, m.index + m[0].length, 0.8, false, NO_QUOTED_WORDS));
    }
  }
  return findings;
}

/**
 * Keeps the best of overlapping findings: higher score first, then the longer span (a card number
 * beats the phone-shaped run inside it; an address beats the ZIP inside it).
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  return rankAndKeep(findings);
}

/**
 * resolveOverlaps for the findings `out` holds from index `from` on (one cell's), in place: the
 * common single finding costs nothing.
 */
export function resolveOverlapsFrom(out: Finding[], from: number): void {
  if (out.length - from < 2) return;
  const kept = rankAndKeep(out.slice(from));
  out.length = from;
  for (let i = 0; i < kept.length; i++) out.push(kept[i] as Finding);
}

function rankAndKeep(findings: Finding[]): Finding[] {
  const ranked = [...findings].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Finding[] = [];
  for (const f of ranked) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
