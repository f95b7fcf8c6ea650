import { browser } from 'wxt/browser';
import type { PiiCounts } from '../../lib/pii/types';

export function badgeText(counts: PiiCounts): string {
  const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  if (total === 0) return '';
  if (total < 1000) return String(total);
  if (total < 10_000) return `${(total / 1000).toFixed(1)}k`;
  return `${Math.floor(total / 1000)}k`;
}

export async function showExposure(tabId: number, counts: PiiCounts): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#8a2be2' });
  await browser.action.setBadgeText({ tabId, text: badgeText(counts) });
}
