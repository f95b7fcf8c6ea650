import { tag, type Dialect } from './types';

/** Campaign Monitor (C: help.campaignmonitor.com unsubscribe-links-in-emails). */
export const campaignMonitor: Dialect = {
  id: 'campaign-monitor',
  name: 'Campaign Monitor',
  unsubscribe: [tag(/<unsubscribe\b/i, '<unsubscribe>Unsubscribe</unsubscribe>'), tag(/\[unsubscribe\]/i, '[unsubscribe]')],
  preferences: [tag(/<preferences\b/i, '<preferences>')],
  address: [],
  sender: [],
  recipientAddress: [],
  // `<unsubscribe>`/`<webversion>` alone do not identify Campaign Monitor: generic templates (Cerberus) use them as placeholders.
  signatures: [/\[(?:firstname|lastname|email),fallback=/i, /<currentyear\s*\/?>/i],
  fix: { unsubscribe: '<unsubscribe>Unsubscribe</unsubscribe>', address: null, sender: null },
  autoFooter: {
    unsubscribe: 'Campaign Monitor will add a footer section with an unsubscribe link.',
    address: "Campaign Monitor's footer prints the address from your client settings (unconfirmed).",
  },
};
