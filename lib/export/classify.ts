import { identifyPage, type EspPage, type SelfHostedSite } from '../esp/index';
import type { EspAdapter } from '../esp/types';
import type { ExportFileType } from './file-types';

/**
 * Classifying a download from what the downloads API tells us: URL, final URL, referrer, file
 * name and MIME type. Never the file's content.
 */
export { EXPORT_FILE_TYPES, type ExportFileType } from './file-types';

export interface DownloadInfo {
  url: string;
  finalUrl?: string;
  referrer?: string;
  /** Empty at onCreated in Chromium; the suggested name at onDeterminingFilename. */
  filename?: string;
  mime?: string;
}

const BY_EXTENSION: Record<string, ExportFileType> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  xlsx: 'xlsx',
  xls: 'xlsx',
  zip: 'zip',
  vcf: 'vcf',
  vcard: 'vcf',
  json: 'json',
};

const BY_MIME: Record<string, ExportFileType> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.ms-excel': 'xlsx',
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
  'text/vcard': 'vcf',
  'text/x-vcard': 'vcf',
  'application/json': 'json',
};

const extensionOf = (name: string) => /\.([a-z0-9]{2,5})$/i.exec(name)?.[1]?.toLowerCase() ?? '';
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? '';

/** `data:text/csv;base64,…` → `text/csv`. */
function dataUrlMime(url: string): string {
  return /^data:([^;,]*)/i.exec(url)?.[1]?.toLowerCase() ?? '';
}

export function fileTypeOf(info: DownloadInfo): ExportFileType | null {
  const fromName = BY_EXTENSION[extensionOf(baseName(info.filename ?? ''))];
  if (fromName) return fromName;
  for (const candidate of [info.finalUrl, info.url]) {
    if (!candidate || !/^https?:/i.test(candidate)) continue;
    const url = new URL(candidate);
    const fromPath = BY_EXTENSION[extensionOf(url.pathname)];
    if (fromPath) return fromPath;
    // Mautic's batch export names the type in the query: /s/contacts/batchExport?filetype=xlsx.
    const fromQuery = BY_EXTENSION[(url.searchParams.get('filetype') ?? url.searchParams.get('format') ?? '').toLowerCase()];
    if (fromQuery) return fromQuery;
  }
  const mime = (info.mime || (info.url.startsWith('data:') ? dataUrlMime(info.url) : '')).split(';')[0]?.trim().toLowerCase() ?? '';
  return BY_MIME[mime] ?? null;
}

/** The URL a blob: URL was minted on (`blob:https://host/uuid` → `https://host/uuid`). */
const unwrapBlob = (url: string) => (url.startsWith('blob:') ? url.slice(5) : url);

export interface DownloadOrigin extends EspPage {
  /** The ESP page URL or endpoint that identified the ESP (for host and tab lookup). */
  href: string;
}

/**
 * Which ESP a download comes from: its URL (including the origin inside a blob: URL), its final
 * URL after redirects, or its referrer. data: URLs carry no origin (and Chromium gives them no
 * referrer either), so the background attributes them to the ESP page that started them.
 */
export function espOfDownload(info: DownloadInfo, selfHosted: readonly SelfHostedSite[]): DownloadOrigin | null {
  for (const candidate of [info.url, info.finalUrl, info.referrer]) {
    if (!candidate || candidate.startsWith('data:')) continue;
    const href = unwrapBlob(candidate);
    const page = identifyPage(href, selfHosted);
    if (page) return { ...page, href };
  }
  return null;
}

/** Words in a file name or URL that mean an export holds opted-out contacts (CAN-SPAM CS-6). */
const OPTED_OUT_GENERIC = /unsubscrib|opt(ed)?[-_ ]?out|suppress|cleaned|do[-_ ]?not[-_ ]?(contact|email)/i;

export function optedOutFlag(texts: readonly string[], adapter: EspAdapter | null): boolean {
  const hints = (adapter?.exports.optedOutHints ?? []).map((h) => new RegExp(h, 'i'));
  return texts.some((raw) => {
    let text = raw;
    try {
      text = decodeURIComponent(raw);
    } catch {
      // keep the raw text
    }
    return OPTED_OUT_GENERIC.test(text) || hints.some((re) => re.test(text));
  });
}

/** Attributes that hold a download's name and URL, for hinting; data: payloads are cut off. */
export function hintTexts(info: DownloadInfo): string[] {
  const url = info.url.startsWith('data:') ? '' : info.url;
  return [baseName(info.filename ?? ''), url, info.finalUrl ?? ''].filter(Boolean);
}
