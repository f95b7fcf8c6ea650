import { defineDetector } from './types';

// 13 to 19 digits, optionally grouped by single spaces or hyphens (4-4-4-4, 4-6-5). A comma or a
// dot may end the number ("paid with 4111 …, exp 5/26"), not continue it with digits (an amount).
const CARD = /(?<![\w.,+-])\d(?:[ -]?\d){12,18}(?![\d-]|[.,]\d)/g;

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

/**
 * `IBAN_BEFORE` can only match when the text before the card ends in a capital or digit, or in one
 * space after one (`DE89 3704 `): two character reads spare the copy and the regex for every card
 * that follows a word or starts its text (`Card 4111 …`).
 */
function mayFollowIban(text: string, start: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  return isCapitalOrDigit(before) || (before === 32 && start > 1 && isCapitalOrDigit(text.charCodeAt(start - 2)));
}

const isCapitalOrDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
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
  invalidate: (_value, text, start) => mayFollowIban(text, start) && IBAN_BEFORE.test(text.slice(Math.max(0, start - 40), start)),
  minScore: 0.5,
});
