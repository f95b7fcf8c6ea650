/**
 * The page-level styles of Confidant's CSS Custom Highlights. No imports: wxt.config.ts writes this
 * text to `content-scripts/highlights.css`, which the manifest injects before the page is parsed.
 *
 * Why injected by the manifest: a `::highlight()` rule matches every element, so adding it to a
 * finished page makes Chromium restyle the whole document (about 0.5 s on a 10k-row table, several
 * seconds at 50k: one long task). Present from the start, it costs nothing. The Masker still
 * inserts the same rules itself where the sheet is absent (same-origin iframes, other pages).
 */
export const HL_PARTIAL = 'confidant-partial';
export const HL_FULL = 'confidant-full';
/** The full-mask background, also used to tell whether the injected sheet is in effect. */
export const FULL_BACKGROUND = 'rgb(185, 180, 204)';

export const HIGHLIGHT_CSS = `::highlight(${HL_PARTIAL}) { color: transparent; background-color: #ece9f7; }
::highlight(${HL_FULL}) { color: transparent; background-color: ${FULL_BACKGROUND}; }
`;

/** Output path of the injected sheet (manifest content_scripts[].css and registered scripts). */
export const HIGHLIGHT_CSS_FILE = 'content-scripts/highlights.css';
