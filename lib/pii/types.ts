/** PII type names: a stable contract (docs/design.md, contract 3). */
export const PII_TYPES = [
  'email',
  'phone',
  'postal-address',
  'person-name',
  'purchase-history',
  'payment-card',
  'iban',
  'national-id',
  'ip-address',
  'date-of-birth',
] as const;

export type PiiType = (typeof PII_TYPES)[number];

/** Counts of findings by type. Only types with at least one finding are present. */
export type PiiCounts = Partial<Record<PiiType, number>>;

export function isPiiType(value: unknown): value is PiiType {
  return typeof value === 'string' && (PII_TYPES as readonly string[]).includes(value);
}
