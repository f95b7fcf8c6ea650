import type { ContentFeature, FeatureContext } from '../content/feature';
import { identifyPage, type EspPage } from '../esp/index';
import { checkCampaign, worstStatus } from './check';
import { dialectById } from './dialects/index';
import { findSurfaces, frameDocument, readSurfaces } from './editor-surfaces';
import type { CampaignPanelState, CampaignUi, GatePrompt, MountCampaignUi } from './panel-state';
import { sendControlOf } from './send-gate';
import type { CampaignReport } from './types';

export interface EditorWatchOptions {
  /** Which adapter owns a URL (tests and self-hosted sites pass their own). */
  identify?: (url: string) => EspPage | null;
  debounceMs?: number;
}

/**
 * The campaign check as an in-page feature: on campaign-editor pages it reads the campaign from
 * the editor surfaces, re-checks after edits (debounced, so typing never waits on it), shows the
 * panel, reports changed verdicts to the background and holds Send/Schedule per policy.
 */
export function campaignEditorWatch(mount: MountCampaignUi, options: EditorWatchOptions = {}): ContentFeature {
  return (ctx) => {
    let view: AbortController | null = null;
    const start = () => {
      view?.abort();
      view = null;
      const page = (options.identify ?? identifyPage)(ctx.location());
      if (!page || page.pageKind !== 'campaign-editor' || ctx.signal.aborted) return;
      view = new AbortController();
      const stop = () => view?.abort();
      ctx.signal.addEventListener('abort', stop, { once: true });
      watchEditor(ctx, page, mount, view.signal, options.debounceMs ?? 300);
    };
    ctx.onLocationChange(start);
    start();
  };
}

const signature = (report: CampaignReport) => JSON.stringify(report.results.map((r) => [r.id, r.status, r.reason ?? '']));

function watchEditor(ctx: FeatureContext, page: EspPage, mount: MountCampaignUi, signal: AbortSignal, debounceMs: number) {
  const { doc } = ctx;
  const adapter = page.adapter;
  const esp = dialectById(adapter.id) ? adapter.id : 'auto';
  let ui: CampaignUi | null = null;
  let state: CampaignPanelState | null = null;
  let lastSent = '';
  let lastSource: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let bypass: Element | null = null;
  const watchedFrames = new WeakSet<Document>();

  const render = () => {
    if (!state || signal.aborted) return;
    ui ??= mount(doc);
    ui.update(state);
  };

  const checkNow = (): CampaignReport | null => {
    clearTimeout(timer);
    const surfaces = findSurfaces(doc, adapter);
    for (const el of surfaces) watchFrame(el);
    const source = readSurfaces(surfaces);
    // SPA editors mount their surfaces late: an empty editor is "not loaded yet", not a campaign that lacks everything.
    if (source.trim() === '') return state?.report ?? null;
    if (state && source === lastSource) return state.report;
    lastSource = source;
    const policy = ctx.policy();
    const started = performance.now();
    const report = checkCampaign(source, { esp, organisation: policy.organisation, checks: policy.campaign.checks });
    state = { report, checkedInMs: performance.now() - started, gate: state?.gate ?? null };
    doc.documentElement.dataset.confidantCampaign = worstStatus(report.results);
    render();
    const sig = signature(report);
    if (sig !== lastSent) {
      lastSent = sig;
      void ctx.send('cs:campaignChecked', { esp: report.esp, checks: report.results }).catch(() => {
        lastSent = ''; // the background was restarting: report again on the next check
      });
    }
    return report;
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(checkNow, debounceMs);
  };

  // Same-origin editor and preview frames: listen inside them too, and again after each reload.
  function watchFrame(el: Element) {
    if (el.tagName !== 'IFRAME') return;
    if (!(el as HTMLElement).dataset.confidantFrame) {
      (el as HTMLElement).dataset.confidantFrame = '1';
      el.addEventListener(
        'load',
        () => {
          watchFrame(el);
          schedule();
        },
        { signal },
      );
    }
    const inner = frameDocument(el);
    if (!inner || watchedFrames.has(inner)) return;
    watchedFrames.add(inner);
    inner.addEventListener('input', schedule, { capture: true, signal });
    const FrameObserver = inner.defaultView?.MutationObserver ?? MutationObserver;
    const observer = new FrameObserver(schedule);
    observer.observe(inner, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect());
  }

  doc.addEventListener('input', schedule, { capture: true, signal });
  ctx.onPolicyChange(() => {
    lastSource = null; // same text, new policy: check again
    schedule();
  });
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer((mutations) => {
    // Our own panel lives in a shadow root; only the host's insertion shows up here.
    if (mutations.every((m) => (m.target as Element).closest?.('[data-confidant-ui]'))) return;
    schedule();
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });

  const log = (report: CampaignReport, decision: 'allowed' | 'warned' | 'justified' | 'blocked' | 'observed', justification?: string) =>
    void ctx
      .send('cs:campaignSend', {
        checks: report.results.map((r) => ({ id: r.id, status: r.status })),
        decision,
        ...(justification ? { justification } : {}),
      })
      .catch(() => undefined);

  const setGate = (gate: GatePrompt | null) => {
    if (!state) return;
    state = { ...state, gate };
    render();
  };

  // Capture phase on the document: runs before the ESP's own handlers on the button.
  doc.addEventListener(
    'click',
    (event) => {
      const control = sendControlOf(event.target, adapter);
      if (!control) return;
      if (bypass === control) {
        bypass = null;
        return;
      }
      const report = checkNow();
      if (!report) return; // nothing to check yet
      const action = ctx.policy().campaign.sendGate;
      const failing = report.results.filter((r) => r.status === 'fail');
      if (failing.length === 0 || action === 'off') {
        if (action !== 'off') log(report, 'allowed');
        return;
      }
      if (action === 'observe') {
        log(report, 'observed');
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      if (action === 'block') log(report, 'blocked');
      setGate({
        mode: action,
        failing: failing.map((r) => r.title),
        message: ctx.policy().messages.sendGate ?? null,
        cancel: () => setGate(null),
        proceed: (justification) => {
          if (action === 'block') return;
          if (action === 'justify' && !justification?.trim()) return;
          log(report, action === 'justify' ? 'justified' : 'warned', justification?.trim());
          setGate(null);
          bypass = control;
          (control as HTMLElement).click();
        },
      });
    },
    { capture: true, signal },
  );

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
    ui?.destroy();
    ui = null;
    delete doc.documentElement.dataset.confidantCampaign;
  });
  checkNow();
}
