import { scanCsv } from './scan-csv';
import { scanHtml } from './scan-html';
import { scanPlainText } from './scan-plain-text';
import type { DocumentFinding, DocumentScanOptions } from './document-findings';

export { scanCsv, scanHtml, scanPlainText };
export type { DocumentFinding, DocumentScanOptions };

export type DocumentKind = 'html' | 'csv' | 'text';

/** What a file is, by its name (or its content, when the name says nothing). */
export function documentKind(name: string, content: string): DocumentKind {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.html?$/i.test(name) || /^\s*<(!doctype|html)/i.test(content)) return 'html';
  return 'text';
}

/** Picks the scanner by documentKind: scan-csv.ts, scan-html.ts or scan-plain-text.ts. */
export function scanDocument(name: string, content: string, options: DocumentScanOptions = {}): DocumentFinding[] {
  const kind = documentKind(name, content);
  if (kind === 'csv') return scanCsv(content, options);
  if (kind === 'html') return scanHtml(content, options);
  return scanPlainText(content, options);
}
