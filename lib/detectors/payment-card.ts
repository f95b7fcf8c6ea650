import { defineDetector } from './types';

// 13 to 19 digits, optionally grouped by single spaces or hyphens (4-4-4-4, 4-6-5).
const CARD = /(?<![\w.,+-])\d(?:[ -]?\d){12,18}(?![\d,-]|\.\d)/g;

/** Issuer prefixes (IIN ranges) of the networks an ESP customer might paste. */
const ISSUER = /^(?:4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[47]|6(?:011|5|4[4-9])|35|3(?:0[0-5]|[68]))/;

export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

// Check regexes live here, not as literals in the arrow functions: a literal is a fresh RegExp
// object on every call, and these run on every text node and CSV cell.
const IBAN_BEFORE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})* ?$/;
export const paymentCard = defineDetector({
  id: 'payment-card',
  // Cards are written whole or in groups of four or more (4-4-4-4, 4-6-5).
  gate: { digits: 13, run: 4 },
  patterns: [{ name: 'card-number', regex: CARD, score: 0.85 }],
  context: ['card', 'credit card', 'card number', 'pan', 'visa', 'mastercard', 'amex', 'payment'],
  negativeContext: ['order', 'id', 'tracking', 'invoice', 'ticket'],
  validation: 'luhn + issuer prefix',
  validate: (value) => {
    const digits = value.replace(/[ -]/g, '');
    if (digits.length < 13 || digits.length > 19 || !ISSUER.test(digits)) return false;
    // Mixed separators (`4111-1111 1111`) are not how cards are written.
    if (value.includes(' ') && value.includes('-')) return false;
    return luhn(digits);
  },
  // The digits of an IBAN-shaped string (`FR20 3533 7135 …`) are an account, not a card.
  invalidate: (_value, text, start) => IBAN_BEFORE.test(text.slice(Math.max(0, start - 40), start)),
  minScore: 0.5,
});
