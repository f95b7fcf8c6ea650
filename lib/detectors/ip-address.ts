import { COLON, DOT, EQUALS } from './shape';
import { defineDetector } from './types';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const V4 = `${OCTET}(?:\\.${OCTET}){3}`;
// Full or compressed IPv6 (at least three groups so `a:b` in CSS or times never matches).
const V6 = '(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4})?';

const IP_CELL = new RegExp(`^(?:${V4}|${V6})$`);

/**
 * IP addresses are personal data only in context (a signup-IP column, "IP: …" on a profile); bare
 * dotted quads are versions and build numbers far more often, so they run only when opted in.
 */
export const ipAddress = defineDetector({
  id: 'ip-address',
  // A dotted quad has dots, IPv6 colons.
  gate: { any: DOT | COLON },
  patterns: [
    {
      name: 'labelled-ip',
      regex: new RegExp(`\\b(?:ip(?: address)?|signup ip|opt-in ip|optin ip)\\s*[:=]\\s*(${V4}|${V6})(?![\\d.])`, 'gdi'),
      score: 0.9,
      group: 1,
      // "IP: 192.0.2.1" or "ip=…"
      gate: { any: COLON | EQUALS },
    },
    { name: 'ipv4', regex: new RegExp(`(?<![\\d.])${V4}(?![\\d.])`, 'g'), score: 0.8, optIn: true, gate: { digits: 4, all: DOT } },
  ],
  cell: { accepts: (value) => IP_CELL.test(value) },
  contextOnly: true,
  context: ['ip', 'ip address', 'signup ip', 'opt-in ip', 'optin ip', 'last ip', 'confirm ip'],
  minScore: 0.5,
});
