import * as v from 'valibot';
import type { Decision } from '../storage/events';
import { EXPORT_FILE_TYPES } from './file-types';

/**
 * Export-guard messages, spread into lib/messaging/protocol.ts. `cs:exportIntent` is a content
 * script reporting a click on an export control; for controls that request an emailed export the
 * reply says whether the click may go through.
 */
const PageKindSchema = v.picklist(['audience', 'contact', 'campaign-editor', 'export', 'other']);

export const EXPORT_PAYLOADS = {
  'cs:exportIntent': v.strictObject({
    /** How the control was recognised; `request` controls are held until the background answers. */
    via: v.picklist(['request', 'adapter', 'generic']),
    pageKind: PageKindSchema,
    fileTypeHint: v.nullable(v.picklist(EXPORT_FILE_TYPES)),
    /** The page shows that opted-out contacts are included (a checked "unsubscribed" option). */
    optedOut: v.boolean(),
  }),
};

export interface ExportResults {
  'cs:exportIntent': { proceed: boolean; decision: Decision };
}

/** What the background asks the page to show (bg:exportPrompt). */
export interface ExportPrompt {
  espName: string;
  fileType: string;
  action: 'warn' | 'justify' | 'block';
  /** The policy's own words first, then the specific reasons. */
  lines: string[];
}

export const ExportPromptSchema = v.strictObject({
  espName: v.pipe(v.string(), v.maxLength(80)),
  fileType: v.pipe(v.string(), v.maxLength(16)),
  action: v.picklist(['warn', 'justify', 'block']),
  lines: v.pipe(v.array(v.pipe(v.string(), v.maxLength(600))), v.maxLength(8)),
});

/** The page's answer to a prompt. */
export interface ExportAnswer {
  proceed: boolean;
  justification: string;
}
