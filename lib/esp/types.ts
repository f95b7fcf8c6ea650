/**
 * An ESP adapter describes, as data, where an ESP's pages live and what they contain.
 * Adapters are side-effect free: WXT imports them in Node at build time.
 */
export type PageKind = 'audience' | 'contact' | 'campaign-editor' | 'export' | 'other';

/** How sure a fact is (docs/esp-reference.md): Confirmed, Reported, Guessed. */
export type Confidence = 'C' | 'R' | 'G';

/** The template language an ESP's campaigns use (docs/esp-reference.md §2.1); campaign checks key on it. */
export type MergeTagDialect =
  | 'mailchimp'
  | 'klaviyo'
  | 'hubspot'
  | 'brevo'
  | 'sendgrid-mc'
  | 'constant-contact'
  | 'activecampaign'
  | 'campaign-monitor'
  | 'mailerlite'
  | 'kit'
  | 'mailjet'
  | 'omnisend'
  | 'sfmc'
  | 'listmonk'
  | 'mautic';

export interface PagePredicate {
  kind: Exclude<PageKind, 'other'>;
  /** Tested against `pathname + search + hash` of the page URL. */
  test: (url: URL) => boolean;
  /** Example URLs the predicate must accept; the adapter tests walk these. */
  examples: string[];
  confidence: Confidence;
}

/** How an export reaches the user: a file in this browser session, or a link sent later by email/notification. */
export type ExportDelivery = 'file' | 'email';

/** A request the ESP makes when it exports contacts. */
export interface ExportEndpoint {
  /**
   * Regex source matched against the URL path (and query). Kept to RE2 syntax (no look-arounds,
   * no back-references) so it can become a declarativeNetRequest `regexFilter` unchanged.
   */
  path: string;
  delivery: ExportDelivery;
  confidence: Confidence;
  /** What the request is and where the fact comes from. */
  note: string;
}

export interface EspExports {
  /** What a generic "Export" click on this ESP usually leads to. */
  delivery: ExportDelivery;
  deliveryConfidence: Confidence;
  /** Known export requests; blocked at the network level when policy says block. */
  endpoints: ExportEndpoint[];
  /**
   * Controls that ask the ESP to prepare an export it delivers later (email, notification centre):
   * the click is the only moment Confidant can apply policy, so these clicks are held for the decision.
   */
  requestButton: string[];
  /** Regex sources over a file name or URL that mean the export holds opted-out (unsubscribed/cleaned) contacts. */
  optedOutHints: string[];
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
  exports: EspExports;
  /** Same-origin iframes that hold the campaign body being edited. */
  editorFrames: string[];
  mergeTagDialect: MergeTagDialect;
}

export function pageKindOf(adapter: EspAdapter, url: URL): PageKind {
  return adapter.pages.find((page) => page.test(url))?.kind ?? 'other';
}
