/**
 * Reading a Chrome trace (CDP Tracing, JSON events) for trace-page.ts: the windows the page marked
 * with `performance.measure`, and the renderer main thread's self time in each, by kind.
 */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: Record<string, unknown>;
}

export interface TraceWindow {
  name: string;
  start: number;
  end: number;
  pid: number;
}

/** The page's `performance.measure` entries (category blink.user_timing) whose name starts with a prefix. */
export function measures(events: readonly TraceEvent[], prefixes: readonly string[]): TraceWindow[] {
  const out: TraceWindow[] = [];
  const open = new Map<string, TraceEvent>();
  for (const e of events) {
    if (e.cat !== 'blink.user_timing' || !prefixes.some((p) => e.name.startsWith(p))) continue;
    const key = `${e.name}|${e.id ?? e.id2?.local ?? ''}`;
    if (e.ph === 'b') open.set(key, e);
    const begin = e.ph === 'e' ? open.get(key) : undefined;
    if (begin) out.push({ name: e.name, start: begin.ts, end: e.ts, pid: e.pid });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The complete events of a process's main thread (CrRendererMain), B/E pairs joined, by start time. */
export function mainThread(events: readonly TraceEvent[], pid: number): TraceEvent[] {
  const tid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid;
  const out: TraceEvent[] = [];
  const open: TraceEvent[] = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X') out.push(e);
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) out.push({ ...b, ph: 'X', dur: e.ts - b.ts });
    }
  }
  // Parents before their children: by start, then longest first.
  return out.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

export const isGc = (name: string): boolean => /GC|Scaveng|Marking|Sweep|Compact|CppGC|BlinkGC/.test(name);

/** The kind of a piece of self time, from its event and its ancestors (innermost last): any GC wins. */
function kindOf(chain: readonly string[]): string {
  if (chain.some(isGc)) return 'gc';
  for (let i = chain.length - 1; i >= 0; i--) {
    const n = chain[i] as string;
    if (n === 'Paint' || n === 'Layerize') return 'paint';
    if (n === 'PrePaint') return 'prepaint';
    if (n === 'Layout') return 'layout';
    if (n === 'UpdateLayoutTree' || n === 'ParseHTML') return 'style/parse';
    if (n === 'HitTest') return 'hittest';
    if (/FunctionCall|v8\.callFunction|EvaluateScript|v8\.run|TimerFire|FireAnimationFrame|RunMicrotasks/.test(n)) return 'script';
  }
  return 'other';
}

/** Milliseconds of main-thread self time between `start` and `end` (trace µs), by kind. */
export function selfTimeByKind(main: readonly TraceEvent[], start: number, end: number): Record<string, number> {
  const clip = (e: TraceEvent) => Math.max(0, Math.min(e.ts + (e.dur ?? 0), end) - Math.max(e.ts, start));
  const inside = main.filter((e) => e.ts < end && e.ts + (e.dur ?? 0) > start);
  const childTime = new Map<TraceEvent, number>();
  const chains = new Map<TraceEvent, string[]>();
  const stack: TraceEvent[] = [];
  for (const e of inside) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as TraceEvent;
      if (top.ts + (top.dur ?? 0) > e.ts) break;
      stack.pop();
    }
    const parent = stack[stack.length - 1];
    chains.set(e, [...(parent ? (chains.get(parent) ?? []) : []), e.name]);
    if (parent) childTime.set(parent, (childTime.get(parent) ?? 0) + clip(e));
    stack.push(e);
  }
  const out: Record<string, number> = {};
  for (const e of inside) {
    const kind = kindOf(chains.get(e) ?? []);
    out[kind] = (out[kind] ?? 0) + (clip(e) - (childTime.get(e) ?? 0)) / 1000;
  }
  return out;
}

/** Why and when V8 started incremental marking (a major GC), from `V8.GCIncrementalMarkingStart`. */
export function markingStarts(main: readonly TraceEvent[]): { ts: number; reason: string; oldGenMiB: number; oldGenLimitMiB: number }[] {
  return main
    .filter((e) => e.name === 'V8.GCIncrementalMarkingStart')
    .map((e) => {
      const v = (e.args?.value ?? {}) as Record<string, unknown>;
      return {
        ts: e.ts,
        reason: String(v.gc_reason),
        oldGenMiB: Number(v.old_gen_consumed_bytes) / 2 ** 20,
        oldGenLimitMiB: Number(v.old_gen_allocation_limit) / 2 ** 20,
      };
    });
}
