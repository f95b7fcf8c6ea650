import { COLON } from './shape';
import { defineDetector } from './types';

/** A money amount, a count, a date, or a short product list: what a purchase column holds. */
const VALUE = String.raw`(?:[$€£¥₹]\s?\d[\d,.]*(?:\s?(?:USD|EUR|GBP))?|\d[\d,.]*\s?(?:[$€£]|USD|EUR|GBP)|\d{1,7}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|[\p{L}\d][\p{L}\d '&().+-]*(?:, [\p{L}\d][\p{L}\d '&().+-]*){0,9})`;

// Prefilter and check regexes live here, not as literals in the arrow functions: a literal is a
// fresh RegExp object on every call, and these run on every text node and CSV cell.
const PURCHASE_WORD = /order|spent|lifetime|ltv|clv|purchase|revenue|aov/i;
const VALUE_CELL = new RegExp(`^${VALUE}$`, 'u');
/**
 * Purchase history is whatever sits under its label: it is personal because of where it is (a
 * customer's orders and spend), not because of its shape.
 */
export const purchaseHistory = defineDetector({
  id: 'purchase-history',
  // The only pattern is an inline "Orders: …": no colon, nothing to find (labelled cells do not use this).
  gate: { all: COLON },
  prefilter: (text) => PURCHASE_WORD.test(text),
  patterns: [
    {
      name: 'labelled-purchase',
      regex: new RegExp(
        String.raw`\b(?:total spent|lifetime value|ltv|clv|last order(?: date)?|orders|order count|products purchased|purchased products|last purchase|average order value|aov|total revenue)\s*:\s*(` +
          VALUE +
          ')',
        'gdiu',
      ),
      score: 0.85,
      group: 1,
    },
  ],
  cell: { accepts: (value) => VALUE_CELL.test(value) },
  contextOnly: true,
  context: [
    'orders',
    'order count',
    'total spent',
    'spent',
    'last order',
    'last order date',
    'lifetime value',
    'ltv',
    'clv',
    'products purchased',
    'purchased',
    'purchases',
    'last purchase',
    'average order value',
    'aov',
    'revenue',
  ],
  negativeContext: ['campaign', 'order id', 'order #', 'order number', 'status'],
  minScore: 0.5,
});
