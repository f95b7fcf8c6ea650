/**
 * An ESP adapter describes, as data, where an ESP's pages live and what they contain.
 * Adapters are side-effect free: WXT imports them in Node at build time.
 */
export type PageKind = 'audience' | 'contact' | 'campaign-editor' | 'export' | 'other';

/** How sure a fact is (docs/esp-reference.md): Confirmed, Reported, Guessed. */
export type Confidence = 'C' | 'R' | 'G';

export interface PagePredicate {
  kind: Exclude<PageKind, 'other'>;
  /** Tested against `pathname + search + hash` of the page URL. */
  test: (url: URL) => boolean;
  /** Example URLs the predicate must accept; the adapter tests walk these. */
  examples: string[];
  confidence: Confidence;
}

export interface EspAdapter {
  id: string;
  name: string;
  /** Content-script match patterns for the ESP's web app (empty for self-hosted platforms). */
  matches: string[];
  /** Self-hosted platforms run on hosts the user or policy grants through optional permissions. */
  selfHosted?: boolean;
  pages: PagePredicate[];
  selectors: {
    /** Rows of the subscriber/contact table. Each alternative is one selector. */
    subscriberRow: string[];
    /** Controls that start an export. */
    exportButton: string[];
    /** Campaign editor surfaces: code textareas, contenteditable bodies, editor iframes. */
    editorSurface: string[];
    /** Send / schedule controls the pre-send gate may hold. */
    sendButton: string[];
  };
}

export function pageKindOf(adapter: EspAdapter, url: URL): PageKind {
  return adapter.pages.find((page) => page.test(url))?.kind ?? 'other';
}
