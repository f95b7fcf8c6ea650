/**
 * Numbering-plan regexes compiled into deterministic automata over the ten digits.
 *
 * libphonenumber's patterns are plain regular expressions over digits (classes, groups,
 * alternation, counted repeats). Tried one after another they cost most of a phone check: a plan
 * has up to ten type patterns, some over a thousand characters long. An automaton reads each digit
 * once, whatever the number of patterns, and says at the end which of them matched (one bit each).
 * The accepted language is exactly the regex's (no backreferences or lookarounds are accepted:
 * the parser throws on anything outside this small syntax), so full matches agree with `RegExp`.
 *
 * The automaton is determinized lazily: a full subset construction of a large plan (GB, IT, US)
 * takes 5-25 ms, too long for one slice of the content script, and most of its states are never
 * reached by the numbers a page holds. Compiling only builds the NFA; a DFA state and each of its
 * digit transitions are made the first time a number reaches them, then reused, so after warm-up
 * a check reads one table entry per digit as a fully built automaton would.
 */

type Node =
  | { kind: 'set'; digits: number } // a bit per digit 0-9
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; items: Node[] }
  | { kind: 'repeat'; item: Node; min: number; max: number };

const ALL_DIGITS = 0x3ff;
/** A counted repeat, `{2}`, `{2,}` or `{2,5}`. */
const COUNTED = /\{(\d+)(,(\d*))?\}/y;

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
    // An empty class would leave NFA states that lead nowhere (see `Nfa`).
    if (digits === 0) this.fail();
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
    let min = 0;
    let max = Infinity;
    if (c === '?') max = 1;
    else if (c === '+') min = 1;
    else if (c === '{') {
      // Sticky: matched where the parser is, without slicing the (long) source.
      COUNTED.lastIndex = this.at;
      const m = COUNTED.exec(this.source);
      if (!m) return this.fail();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.at += m[0].length - 1;
    } else if (c !== '*') {
      return item;
    }
    this.at++;
    // A lazy quantifier changes which prefix matches, not which strings do: refused all the same.
    if (this.peek() === '?') this.fail();
    return { kind: 'repeat', item, min, max };
  }
}

interface Edge {
  /** A bit per digit 0-9. */
  digits: number;
  to: number;
}

/**
 * Thompson construction: states with digit edges and empty edges. Every state lies on a path from
 * its pattern's start to its end (the parser refuses empty classes), so every state can still reach
 * acceptance: a non-empty set of NFA states is never a dead end.
 */
class Nfa {
  readonly edges: Edge[][] = [];
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
        (this.edges[from] as Edge[]).push({ digits: node.digits, to });
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
}

/** A transition not made yet: `step` makes it. */
const UNKNOWN = -2;
/** No digit string leads on to acceptance: a run stops. */
const DEAD = -1;

/**
 * A DFA over the ten digits for up to 32 patterns (bit i of a state's `accept` = pattern i matches
 * the digits read so far), built lazily from the NFA. A DFA state is a set of NFA states, kept only
 * with those that read a digit or accept (states with empty edges alone only lead on to others);
 * state 0 is the start.
 */
export class DigitDfa {
  /**
   * `next[state * 10 + digit]`: the next state, `DEAD`, or `UNKNOWN` until `step` makes it. Grown
   * (replaced) by `step`, so readers take it again after calling `step`.
   */
  next = new Int32Array(10 * 16).fill(UNKNOWN);
  /** Per state, the pattern bits accepted there. Grown with `next`. */
  accept = new Uint32Array(16);
  /** The NFA states of each DFA state, sorted. */
  private readonly sets: Int32Array[] = [];
  /** DFA states by their NFA states (`sets[id].join()`). */
  private readonly ids = new Map<string, number>();
  /** Per NFA state, the states its empty edges reach (itself included) that read or accept; made on first use. */
  private readonly closures: (Int32Array | undefined)[];
  /** Marks NFA states already in the set `closure` is building (`mark[s] === stamp`). */
  private readonly mark: Int32Array;
  /** Marks NFA states `closureOf` has visited. */
  private readonly seen: Int32Array;
  private stamp = 0;
  private prefixFreeKnown: boolean | undefined;

  constructor(
    private readonly nfa: Nfa,
    root: number,
  ) {
    this.closures = new Array<Int32Array | undefined>(nfa.edges.length);
    this.mark = new Int32Array(nfa.edges.length);
    this.seen = new Int32Array(nfa.edges.length);
    this.stateOf(this.closure([root]));
  }

  /** Makes (once) and returns the transition from `state` on `digit`: a state or `DEAD`. */
  step(state: number, digit: number): number {
    const bit = 1 << digit;
    const set = this.sets[state] as Int32Array;
    const reached: number[] = [];
    // Indexed loops: this runs mostly cold (interpreted), where iterators cost more than the work.
    for (let k = 0; k < set.length; k++) {
      const edges = this.nfa.edges[set[k] as number] as Edge[];
      for (let j = 0; j < edges.length; j++) {
        const e = edges[j] as Edge;
        if (e.digits & bit) reached.push(e.to);
      }
    }
    const to = reached.length > 0 ? this.stateOf(this.closure(reached)) : DEAD;
    this.next[state * 10 + digit] = to;
    return to;
  }

  /**
   * True when no accepted string is a prefix of another: `prefixDigits` is then exact. Makes the
   * whole automaton (meant for the small prefix automata) and remembers the answer.
   */
  get prefixFree(): boolean {
    if (this.prefixFreeKnown === undefined) this.prefixFreeKnown = this.computePrefixFree();
    return this.prefixFreeKnown;
  }

  private computePrefixFree(): boolean {
    let free = true;
    // `step` appends states as it finds them, so this visits every reachable one.
    for (let id = 0; id < this.sets.length; id++) {
      for (let d = 0; d < 10; d++) {
        let to = this.next[id * 10 + d] as number;
        if (to === UNKNOWN) to = this.step(id, d);
        // Every non-empty state leads on to acceptance: a digit after an accepting state that
        // does not die extends an accepted string into another.
        if (to !== DEAD && this.accept[id] !== 0) free = false;
      }
    }
    return free;
  }

  /** The DFA state of a set of NFA states, made when new. */
  private stateOf(set: Int32Array): number {
    const key = set.join();
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    id = this.sets.length;
    this.sets.push(set);
    this.ids.set(key, id);
    if (id >= this.accept.length) this.grow();
    let bits = 0;
    for (let k = 0; k < set.length; k++) bits |= this.nfa.accept[set[k] as number] as number;
    this.accept[id] = bits;
    return id;
  }

  /** Doubles the tables; new rows are `UNKNOWN`. */
  private grow(): void {
    const accept = new Uint32Array(this.accept.length * 2);
    accept.set(this.accept);
    const next = new Int32Array(accept.length * 10).fill(UNKNOWN);
    next.set(this.next);
    this.accept = accept;
    this.next = next;
  }

  /** The union of the closures of `states`, sorted: a DFA state's identity. */
  private closure(states: readonly number[]): Int32Array {
    const stamp = ++this.stamp;
    const out: number[] = [];
    for (let k = 0; k < states.length; k++) {
      const closure = this.closureOf(states[k] as number);
      for (let j = 0; j < closure.length; j++) {
        const t = closure[j] as number;
        if (this.mark[t] === stamp) continue;
        this.mark[t] = stamp;
        out.push(t);
      }
    }
    return new Int32Array(out).sort();
  }

  private closureOf(from: number): Int32Array {
    const known = this.closures[from];
    if (known) return known;
    const nfa = this.nfa;
    // A stamp of its own: `closure` may be using `mark` while this runs.
    const stamp = ++this.stamp;
    const out: number[] = [];
    const stack = [from];
    while (stack.length > 0) {
      const s = stack.pop() as number;
      if (this.seen[s] === stamp) continue;
      this.seen[s] = stamp;
      if ((nfa.edges[s] as Edge[]).length > 0 || nfa.accept[s] !== 0) out.push(s);
      const empty = nfa.empty[s] as number[];
      for (let j = 0; j < empty.length; j++) stack.push(empty[j] as number);
    }
    const closure = new Int32Array(out);
    this.closures[from] = closure;
    return closure;
  }
}

/**
 * One automaton for up to 32 patterns (bit i of a state's `accept` = pattern i matches the digits
 * read so far). Only parses and builds the NFA: DFA states are made as numbers reach them.
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
  return new DigitDfa(nfa, root);
}

/*
 * The walkers below keep the table in a local and read one entry per digit, as on a fully built
 * automaton; only an `UNKNOWN` entry (negative, as `DEAD`) takes them to `step`, after which they
 * take the table again (`step` may have grown it).
 */

/** Pattern bits that match all of `digits[from, to)` (digit values 0-9); 0 when none. */
export function matchDigits(dfa: DigitDfa, digits: Uint8Array, from: number, to: number): number {
  let next = dfa.next;
  let state = 0;
  for (let i = from; i < to; i++) {
    const digit = digits[i] as number;
    let after = next[state * 10 + digit] as number;
    if (after < 0) {
      if (after === DEAD) return 0;
      after = dfa.step(state, digit);
      if (after === DEAD) return 0;
      next = dfa.next;
    }
    state = after;
  }
  return dfa.accept[state] as number;
}

/**
 * Length of the accepted prefix of `digits[from, to)`, or -1 when none: `^(?:pattern)` exec, for a
 * prefix-free automaton (at most one prefix can match, so the regex's choice is that one).
 */
export function prefixDigits(dfa: DigitDfa, digits: Uint8Array, from: number, to: number): number {
  let next = dfa.next;
  let state = 0;
  for (let i = from; ; i++) {
    if ((dfa.accept[state] as number) !== 0) return i - from;
    if (i >= to) return -1;
    const digit = digits[i] as number;
    let after = next[state * 10 + digit] as number;
    if (after < 0) {
      if (after === DEAD) return -1;
      after = dfa.step(state, digit);
      if (after === DEAD) return -1;
      next = dfa.next;
    }
    state = after;
  }
}

/** Whether some prefix of `digits[from, to)` (the empty one included) is accepted. */
export function acceptsAPrefix(dfa: DigitDfa, digits: Uint8Array, from: number, to: number): boolean {
  return prefixDigits(dfa, digits, from, to) >= 0;
}
