import type { ContentFeature, FeatureContext } from '../content/feature';
import { identifyPage } from '../esp/index';
import { effectiveSelectors } from '../esp/selectors';
import type { PiiCounts } from '../pii/types';
import { installCopyGuard } from './copy-guard';
import { CoveringUi } from './covering-ui';
import { FieldMasks } from './field-masks';
import { FrameWatch, frameSelectors } from './frames';
import { scanSettings, type ScanSettings } from './policy-options';
import { installLinkGuard } from './link-guard';
import { installNotificationGuard } from './notification-guard';
import { installPrintGuard } from './print-guard';
import { installReveal } from './reveal';
import { Plans } from './plans';
import { profileHeadingOf } from './profile-heading';
import { PageScanner } from './scanner';
import { TabTitleGuard } from './tab-title-guard';
import { textValues } from './text-values';
import { installTitleGuard } from './title-guard';

const LOADED_ATTR = 'data-confidant-loaded';

/**
 * The exposure scan as a content feature: scans and masks the page, reports counts to the
 * background, and wires click-to-reveal and the copy guard. One scanner per page view; SPA
 * navigation starts a fresh scan.
 */
export const exposureWatch: ContentFeature = (ctx) => startPageWatch(ctx);

export function startPageWatch(ctx: FeatureContext): PageScanner | null {
  const { doc, signal } = ctx;
  const root = doc.documentElement;
  if (root.hasAttribute(LOADED_ATTR)) return null; // injected twice: the first instance owns the page
  root.setAttribute(LOADED_ATTR, '1');

  let settings: ScanSettings = scanSettings(ctx.policy());
  let lastReport = '';
  /** The ESP page now, worked out once per address (the scan asks per text node on a contact page). */
  let pageFor: { location: string; sites: unknown; page: ReturnType<typeof identifyPage> } | null = null;
  const page = () => {
    const location = ctx.location();
    const sites = ctx.selfHosted();
    if (pageFor?.location !== location || pageFor.sites !== sites) pageFor = { location, sites, page: identifyPage(location, sites) };
    return pageFor.page;
  };

  const report = (counts: PiiCounts, masked: number) => {
    const total = Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
    root.setAttribute('data-confidant-count', String(total));
    root.setAttribute('data-confidant-masked', String(masked));
    const p = page();
    if (!p) return;
    // Report a change in exposure, not every idle moment of the same table.
    const key = `${ctx.location()}|${JSON.stringify(counts)}`;
    if (key === lastReport) return;
    lastReport = key;
    void ctx.send('cs:pageReport', { pageKind: p.pageKind, counts }).catch(() => {
      lastReport = ''; // the background may be restarting; the next change reports again
    });
  };

  // The text scan's counts (reported when its queue drains) and the form fields' are added up.
  // The first report of a page view waits for both: the text scan's first drain (`scanned` is null
  // until then) and the fields' first search. Reported apart, they logged the page's exposure
  // twice, the first time in part.
  let scanned: [PiiCounts, number] | null = null;
  const reportAll = () => {
    if (!scanned || !fields.ready) return;
    const counts: PiiCounts = { ...scanned[0] };
    let masked = scanned[1];
    for (const f of [fields, ...frameFields.values()]) {
      const [fieldCounts, fieldMasked] = f.counts();
      for (const [type, n] of Object.entries(fieldCounts) as [keyof PiiCounts, number][]) counts[type] = (counts[type] ?? 0) + n;
      masked += fieldMasked;
    }
    report(counts, masked);
  };
  /**
   * The page's menus and dialogs in a document (the page's or a same-origin frame's): the masks'
   * and the fields' overlays are redrawn around them when they open or close.
   */
  const coverings = new Map<Document, CoveringUi>();
  const coveringUi = (target: Document, until: AbortSignal) => {
    const covering = new CoveringUi({
      doc: target,
      onChange: () => {
        scanner.masker(target).scheduleDraw();
        fieldsOf(target)?.scheduleDraw();
      },
      signal: until,
    });
    coverings.set(target, covering);
    until.addEventListener('abort', () => coverings.delete(target));
    return covering;
  };
  /** Form fields of a document: the page's, or a same-origin frame's (drawn over from the frame's own layer). */
  const fieldMasks = (target: Document, until: AbortSignal) =>
    new FieldMasks({
      doc: target,
      settings: () => settings,
      onChange: reportAll,
      requiresReason: () => ctx.policy().revealRequiresReason,
      message: () => ctx.policy().messages.reveal,
      log: (piiType, reason) =>
        ctx.send('cs:revealed', { pageKind: pageKind(), piiType, ...(reason ? { reason } : {}) }).then(() => undefined),
      signal: until,
      covering: coveringUi(target, until),
    });
  const fields = fieldMasks(doc, signal);
  const frameFields = new Map<Document, FieldMasks>();
  /** The form fields of the page or of one of its same-origin frames. */
  const fieldsOf = (target: Document) => (target === doc ? fields : frameFields.get(target));
  const scanner = new PageScanner({
    doc,
    settings: () => settings,
    onIdle: (counts, masked) => {
      scanned = [counts, masked];
      reportAll();
      tabTitle.refresh();
      // The page changed: new form fields may have come with it.
      fields.refreshSoon();
      for (const f of frameFields.values()) f.refreshSoon();
    },
    onAdded: (node) => {
      const owner = node.ownerDocument;
      if (!owner) return;
      fieldsOf(owner)?.noteAdded(node);
      coverings.get(owner)?.noteAdded(node);
    },
    covering: (target) => coverings.get(target),
    contactPage: () => pageKind() === 'contact',
  });
  const pageKind = () => page()?.pageKind ?? 'other';
  const copyPlans = new Plans();
  /** Values in a text that is no page node (a copied selection, a tooltip), with no label. */
  const detectInText = (text: string) => {
    copyPlans.use(settings);
    return textValues(text, copyPlans.forLabel(''), settings);
  };
  // The tab's title: a contact record's names its contact (the page's, not its frames': theirs show nowhere).
  const tabTitle = new TabTitleGuard({
    doc,
    scanner,
    detect: detectInText,
    heading: () => (pageKind() === 'contact' ? profileHeadingOf(doc) : null),
    signal,
  });
  // Click-to-reveal, the copy, tooltip and print guards, in the page and in each same-origin frame the scanner reads.
  const guard = (target: Document, until: AbortSignal) => {
    if (target !== doc) {
      const frame = fieldMasks(target, until);
      frameFields.set(target, frame);
      frame.reset();
      coverings.get(target)?.reset();
      until.addEventListener('abort', () => {
        // The frame went away: its fields leave the counts.
        frameFields.delete(target);
        reportAll();
      });
    }
    installReveal({
      doc: target,
      scanner,
      requiresReason: () => ctx.policy().revealRequiresReason,
      message: () => ctx.policy().messages.reveal,
      log: (piiType, reason) => {
        // The value is revealed by now: the page's masked total drops without waiting for a change.
        scanned = scanner.counts();
        reportAll();
        return ctx.send('cs:revealed', { pageKind: pageKind(), piiType, ...(reason ? { reason } : {}) }).then(() => undefined);
      },
      signal: until,
    });
    const links = installLinkGuard({ doc: target, detect: detectInText, copyAction: () => ctx.policy().copyGuard, signal: until });
    installCopyGuard({
      doc: target,
      scanner,
      detect: detectInText,
      action: () => ctx.policy().copyGuard,
      message: () => ctx.policy().messages.copy,
      log: (record) => ctx.send('cs:copied', { pageKind: pageKind(), ...record }).then(() => undefined),
      linkHref: (link) => links.ownHref(link),
      signal: until,
    });
    installTitleGuard({ doc: target, scanner, detect: detectInText, signal: until });
    installNotificationGuard({ doc: target, detect: detectInText, signal: until });
    const targetFields = fieldsOf(target);
    installPrintGuard({ doc: target, scanner, detect: detectInText, ...(targetFields ? { fields: targetFields } : {}), signal: until });
  };
  guard(doc, signal);
  const frames = new FrameWatch({
    doc,
    selectors: () => {
      const adapter = page()?.adapter;
      return adapter ? frameSelectors(effectiveSelectors(adapter, ctx.policy())) : [];
    },
    scanner,
    onDocument: guard,
    signal,
  });
  const start = () => {
    scanned = null;
    scanner.start();
    fields.reset();
    for (const f of frameFields.values()) f.reset();
    for (const c of coverings.values()) c.reset();
    // Finding the frames is a search of the whole document (about 16 ms on a 50k-row table): a
    // task of its own, so the scan's first task stays short.
    setTimeout(() => {
      if (!signal.aborted) frames.attachAll();
    }, 0);
  };

  ctx.onPolicyChange((policy) => {
    settings = scanSettings(policy);
    start();
  });
  ctx.onLocationChange(start);
  signal.addEventListener('abort', () => {
    scanner.stop();
    root.removeAttribute(LOADED_ATTR);
  });
  start();
  return scanner;
}
