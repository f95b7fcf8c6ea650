/** What the frame watch needs from the scanner (PageScanner implements it). */
export interface FrameScanner {
  addDocument(frameDoc: Document): void;
  forgetDocument(frameDoc: Document): void;
}

export interface FrameWatchOptions {
  doc: Document;
  /** Selectors of the same-origin frames to scan (adapter `editorFrames` and iframe editor surfaces, or a policy's). */
  selectors: () => readonly string[];
  scanner: FrameScanner;
  /** Called once per frame document taken on; `signal` aborts when that document goes away. */
  onDocument?: (frameDoc: Document, signal: AbortSignal) => void;
  signal: AbortSignal;
  /** How many frames deep `doc` is (0 for the page): frames inside frames are watched up to MAX_DEPTH. */
  depth?: number;
}

/**
 * Frames inside frames (a preview frame holding a dynamic block's frame) are watched too, to this
 * depth: deeper nesting is not something an ESP editor does, and a page must not make us recurse
 * without end.
 */
const MAX_DEPTH = 3;

/** The document inside a same-origin iframe, or null (a cross-origin frame's is not ours to read). */
function innerDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

function isFrame(node: unknown): node is HTMLIFrameElement {
  return (node as Element | null)?.tagName === 'IFRAME';
}

/**
 * The same-origin iframes the adapter names, for the scanner: the ones present when a scan starts,
 * the ones that load or reload later (an editor mounts its preview after the page loaded, "Preview
 * as" another profile reloads it), and the end of each frame document (navigated away or removed),
 * whose values then leave the counts. Cross-origin frames are skipped: the browser does not let
 * the page, or us, read them. A selector that does not parse (from a policy) is ignored.
 */
export class FrameWatch {
  /** Frame documents taken on, each with the controller that ends its listeners. */
  private readonly docs = new Map<Document, AbortController>();
  private readonly byFrame = new WeakMap<HTMLIFrameElement, Document>();

  constructor(private readonly options: FrameWatchOptions) {
    const { doc, signal } = options;
    // `load` does not bubble, but a capturing listener on the document sees every iframe's.
    doc.addEventListener(
      'load',
      (event) => {
        if (isFrame(event.target) && this.matches(event.target)) this.attach(event.target);
      },
      { capture: true, signal },
    );
    signal.addEventListener('abort', () => {
      // Nested watches end with their frame's document: its frames' values leave the counts too.
      const nested = (options.depth ?? 0) > 0;
      for (const [inner, controller] of this.docs) {
        controller.abort();
        if (nested) this.options.scanner.forgetDocument(inner);
      }
      this.docs.clear();
    });
  }

  /** Hands every matching frame's document to the scanner (call right after the scanner starts). */
  attachAll(): void {
    for (const frame of this.frames()) this.attach(frame, true);
  }

  private frames(): HTMLIFrameElement[] {
    const found = new Set<HTMLIFrameElement>();
    for (const selector of this.options.selectors()) {
      try {
        for (const el of Array.from(this.options.doc.querySelectorAll(selector))) if (isFrame(el)) found.add(el);
      } catch {
        // Not a valid selector: skip it, keep the others.
      }
    }
    return [...found];
  }

  private matches(frame: HTMLIFrameElement): boolean {
    return this.options.selectors().some((selector) => {
      try {
        return frame.matches(selector);
      } catch {
        return false;
      }
    });
  }

  /** `rescan`: the scanner started afresh, so documents it had are handed over again. */
  private attach(frame: HTMLIFrameElement, rescan = false): void {
    const inner = innerDocument(frame);
    const previous = this.byFrame.get(frame);
    if (previous && previous !== inner) this.detach(previous);
    if (!inner?.body) return;
    this.byFrame.set(frame, inner);
    if (this.docs.has(inner)) {
      if (rescan) this.options.scanner.addDocument(inner);
      return;
    }
    const controller = new AbortController();
    this.docs.set(inner, controller);
    inner.defaultView?.addEventListener('pagehide', () => this.detach(inner), { signal: controller.signal });
    this.options.scanner.addDocument(inner);
    this.options.onDocument?.(inner, controller.signal);
    const depth = (this.options.depth ?? 0) + 1;
    if (depth < MAX_DEPTH) new FrameWatch({ ...this.options, doc: inner, signal: controller.signal, depth }).attachAll();
  }

  private detach(inner: Document): void {
    const controller = this.docs.get(inner);
    if (!controller) return;
    this.docs.delete(inner);
    controller.abort();
    this.options.scanner.forgetDocument(inner);
  }
}

/** The frames to scan on an adapter's pages: its iframe editor surfaces and its editor/preview frames. */
export function frameSelectors(selectors: { editorSurface: readonly string[]; editorFrames: readonly string[] }): string[] {
  return [...new Set([...selectors.editorSurface.filter((s) => s.trim().startsWith('iframe')), ...selectors.editorFrames])];
}
