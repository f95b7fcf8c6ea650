/**
 * Numbering-plan regexes compiled into deterministic automata over the ten digits.
 *
 * libphonenumber's patterns are plain regular expressions over digits (classes, groups,
 * alternation, counted repeats). Tried one after another they cost most of a phone check: a plan
 * has up to ten type patterns, some over a thousand characters long. An automaton reads each digit
 * once, whatever the number of patterns, and says at the end which of them matched (one bit each).
 * The accepted language is exactly the regex's (no backreferences or lookarounds are accepted:
 * the parser throws on anything outside this small syntax), so full matches agree with `RegExp`.
 */

/** One automaton: `next[state * 10 + digit]` is the next state or -1; state 0 is the start. */
export interface DigitDfa {
  readonly next: Int32Array;
  /** Bit i is set in an accepting state of pattern i. */
  readonly accept: Uint32Array;
  /** True when no accepted string is a prefix of another: `prefixDigits` is then exact. */
  readonly prefixFree: boolean;
}

type Node =
  | { kind: 'set'; digits: number } // a bit per digit 0-9
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; items: Node[] }
  | { kind: 'repeat'; item: Node; min: number; max: number };

const ALL_DIGITS = 0x3ff;

/** A recursive-descent parser for the regex subset the metadata uses. */
class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at !== this.source.length) this.fail();
    return node;
  }

  private fail(): never {
    throw new Error(`digit-dfa: unsupported pattern at ${this.at}: ${this.source}`);
  }

  private peek(): string {
    return this.source.charAt(this.at);
  }

  private alternation(): Node {
    const items = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      items.push(this.sequence());
    }
    return items.length === 1 ? (items[0] as Node) : { kind: 'alt', items };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { kind: 'seq', items };
  }

  private atom(): Node {
    const c = this.peek();
    this.at++;
    if (c >= '0' && c <= '9') return { kind: 'set', digits: 1 << (c.charCodeAt(0) - 48) };
    if (c === '\\') {
      if (this.peek() !== 'd') this.fail();
      this.at++;
      return { kind: 'set', digits: ALL_DIGITS };
    }
    if (c === '[') return this.charClass();
    if (c === '(') {
      // Capturing and non-capturing groups accept the same strings.
      if (this.source.startsWith('?:', this.at)) this.at += 2;
      else if (this.peek() === '?') this.fail();
      const inner = this.alternation();
      if (this.peek() !== ')') this.fail();
      this.at++;
      return inner;
    }
    return this.fail();
  }

  private charClass(): Node {
    let digits = 0;
    if (this.peek() === '^') this.fail();
    while (this.peek() !== ']') {
      const from = this.classDigits();
      if (this.peek() === '-' && this.source.charAt(this.at + 1) !== ']') {
        this.at++;
        const to = this.classDigits();
        const lo = Math.log2(from);
        const hi = Math.log2(to);
        if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo > hi) this.fail();
        for (let d = lo; d <= hi; d++) digits |= 1 << d;
      } else {
        digits |= from;
      }
    }
    this.at++;
    return { kind: 'set', digits };
  }

  /** One class member: a digit (as its bit) or `\d`. */
  private classDigits(): number {
    const c = this.peek();
    this.at++;
    if (c >= '0' && c <= '9') return 1 << (c.charCodeAt(0) - 48);
    if (c === '\\' && this.peek() === 'd') {
      this.at++;
      return ALL_DIGITS;
    }
    return this.fail();
  }

  private quantified(item: Node): Node {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) return this.fail();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.at += m[0].length - 1;
    } else {
      return item;
    }
    this.at++;
    // A lazy quantifier changes which prefix matches, not which strings do: refused all the same.
    if (this.peek() === '?') this.fail();
    return { kind: 'repeat', item, min, max };
  }
}

/** Thompson construction: states with digit edges and empty edges. */
class Nfa {
  readonly edges: { digits: number; to: number }[][] = [];
  readonly empty: number[][] = [];
  /** Pattern bits accepted in a state. */
  readonly accept: number[] = [];

  state(): number {
    this.edges.push([]);
    this.empty.push([]);
    this.accept.push(0);
    return this.edges.length - 1;
  }

  /** Adds `node` between two new states; returns them. */
  build(node: Node): [number, number] {
    const start = this.state();
    const end = this.state();
    this.link(node, start, end);
    return [start, end];
  }

  private link(node: Node, from: number, to: number): void {
    switch (node.kind) {
      case 'set':
        (this.edges[from] as { digits: number; to: number }[]).push({ digits: node.digits, to });
        return;
      case 'alt':
        for (const item of node.items) this.link(item, from, to);
        return;
      case 'seq': {
        let at = from;
        for (const item of node.items) {
          const next = this.state();
          this.link(item, at, next);
          at = next;
        }
        (this.empty[at] as number[]).push(to);
        return;
      }
      case 'repeat': {
        let at = from;
        for (let i = 0; i < node.min; i++) {
          const next = this.state();
          this.link(node.item, at, next);
          at = next;
        }
        if (node.max === Infinity) {
          const loop = this.state();
          (this.empty[at] as number[]).push(loop);
          this.link(node.item, loop, loop);
          (this.empty[loop] as number[]).push(to);
          return;
        }
        for (let i = node.min; i < node.max; i++) {
          (this.empty[at] as number[]).push(to);
          const next = this.state();
          this.link(node.item, at, next);
          at = next;
        }
        (this.empty[at] as number[]).push(to);
      }
    }
  }

  /** The states reachable from each state by empty edges (itself included), computed once. */
  closures(): Int32Array[] {
    const seen = new Int32Array(this.empty.length).fill(-1);
    return this.empty.map((_, from) => {
      const out: number[] = [];
      const stack = [from];
      while (stack.length) {
        const s = stack.pop() as number;
        if (seen[s] === from) continue;
        seen[s] = from;
        out.push(s);
        for (const t of this.empty[s] as number[]) stack.push(t);
      }
      return Int32Array.from(out);
    });
  }
}

/**
 * One automaton for up to 32 patterns (bit i of a state's `accept` = pattern i matches the digits
 * read so far). Subset construction: a state per set of NFA states reachable on some digit string.
 */
export function compileDigitDfa(sources: readonly string[]): DigitDfa {
  if (sources.length > 32) throw new Error('digit-dfa: at most 32 patterns');
  const nfa = new Nfa();
  const root = nfa.state();
  sources.forEach((source, i) => {
    const [start, end] = nfa.build(new Parser(source).parse());
    (nfa.empty[root] as number[]).push(start);
    nfa.accept[end] = (nfa.accept[end] as number) | (1 << i);
  });
  const closures = nfa.closures();
  // The union of the closures of `states`, sorted (a DFA state's identity); `mark` dedupes.
  const mark = new Int32Array(nfa.empty.length).fill(-1);
  let stamp = 0;
  const closure = (states: readonly number[]): number[] => {
    stamp++;
    const out: number[] = [];
    for (const s of states) {
      for (const t of closures[s] as Int32Array) {
        if (mark[t] === stamp) continue;
        mark[t] = stamp;
        // Only states that read a digit or accept tell sets apart: the rest only lead on by empty edges.
        if ((nfa.edges[t] as unknown[]).length > 0 || nfa.accept[t] !== 0) out.push(t);
      }
    }
    return out.sort((x, y) => x - y);
  };
  const sets: number[][] = [closure([root])];
  const ids = new Map<string, number>([[(sets[0] as number[]).join(), 0]]);
  const next: number[] = [];
  const accept: number[] = [];
  for (let id = 0; id < sets.length; id++) {
    const set = sets[id] as number[];
    accept[id] = set.reduce((bits, s) => bits | (nfa.accept[s] as number), 0);
    // The NFA states each digit leads to, from one pass over the set's edges.
    const byDigit: number[][] = [[], [], [], [], [], [], [], [], [], []];
    for (const s of set) {
      for (const e of nfa.edges[s] as { digits: number; to: number }[]) {
        for (let d = 0; d < 10; d++) if (e.digits & (1 << d)) (byDigit[d] as number[]).push(e.to);
      }
    }
    for (let d = 0; d < 10; d++) {
      const reached = byDigit[d] as number[];
      if (!reached.length) {
        next[id * 10 + d] = -1;
        continue;
      }
      const target = closure(reached);
      const key = target.join();
      let to = ids.get(key);
      if (to === undefined) {
        to = sets.length;
        sets.push(target);
        ids.set(key, to);
      }
      next[id * 10 + d] = to;
    }
  }
  const live = liveStates(next, accept);
  // Prefix-free: from an accepting state no digit leads anywhere an accepted string continues.
  const prefixFree = accept.every((bits, id) => bits === 0 || [...Array(10).keys()].every((d) => !live[next[id * 10 + d] as number]));
  // Dead ends (no accepting state reachable) become -1, so a run stops at the first useless digit.
  const pruned = next.map((to) => (to >= 0 && live[to] ? to : -1));
  return { next: Int32Array.from(pruned), accept: Uint32Array.from(accept), prefixFree };
}

/** Which states can still reach an accepting one. */
function liveStates(next: readonly number[], accept: readonly number[]): boolean[] {
  const live = accept.map((bits) => bits !== 0);
  for (let changed = true; changed;) {
    changed = false;
    for (let id = 0; id < accept.length; id++) {
      if (live[id]) continue;
      for (let d = 0; d < 10; d++) {
        const to = next[id * 10 + d] as number;
        if (to >= 0 && live[to]) {
          live[id] = changed = true;
          break;
        }
      }
    }
  }
  return live;
}

/** Pattern bits that match all of `digits[from, to)` (digit values 0-9); 0 when none. */
export function matchDigits(dfa: DigitDfa, digits: Uint8Array, from: number, to: number): number {
  const next = dfa.next;
  let state = 0;
  for (let i = from; i < to; i++) {
    state = next[state * 10 + (digits[i] as number)] as number;
    if (state < 0) return 0;
  }
  return dfa.accept[state] as number;
}

/**
 * Length of the accepted prefix of `digits[from, to)`, or -1 when none: `^(?:pattern)` exec, for a
 * prefix-free automaton (at most one prefix can match, so the regex's choice is that one).
 */
export function prefixDigits(dfa: DigitDfa, digits: Uint8Array, from: number, to: number): number {
  const next = dfa.next;
  let state = 0;
  for (let i = from; ; i++) {
    if ((dfa.accept[state] as number) !== 0) return i - from;
    if (i >= to) return -1;
    state = next[state * 10 + (digits[i] as number)] as number;
    if (state < 0) return -1;
  }
}

/** Whether some prefix of `digits[from, to)` (the empty one included) is accepted. */
export function acceptsAPrefix(dfa: DigitDfa, digits: Uint8Array, from: number, to: number): boolean {
  const next = dfa.next;
  let state = 0;
  for (let i = from; ; i++) {
    if ((dfa.accept[state] as number) !== 0) return true;
    if (i >= to) return false;
    state = next[state * 10 + (digits[i] as number)] as number;
    if (state < 0) return false;
  }
}
