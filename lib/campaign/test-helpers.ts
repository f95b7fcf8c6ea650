import { checkCampaign, type CheckOptions } from './check';
import type { CheckResult } from './types';

/** Wraps body HTML in a minimal email page (synthetic content only). */
export const page = (body: string, head = '') =>
  `<!doctype html><html><head>${head}</head><body><table><tr><td>${body}</td></tr></table></body></html>`;

export function result(source: string, id: string, options: CheckOptions = {}): CheckResult {
  const found = checkCampaign(source, options).results.find((r) => r.id === id);
  if (!found) throw new Error(`No ${id} result`);
  return found;
}
