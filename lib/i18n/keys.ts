import type { PageKind } from '../esp/types';
import type { PiiType } from '../pii/types';
import type { MaskMode } from '../policy/schema';
import type { CheckStatus, Decision } from '../storage/events';
import type { LessonState } from '../training/status';
import type { MessageKey } from './t';

/**
 * Message keys chosen at run time, written out in full: chrome.i18n names allow only [A-Za-z0-9_]
 * (no hyphens, unlike our ids), and literal keys let the catalog test see every key that is used.
 */
export const PAGE_KIND_KEYS: Record<PageKind, MessageKey> = {
  audience: 'kind_audience',
  contact: 'kind_contact',
  'campaign-editor': 'kind_campaign_editor',
  export: 'kind_export',
  other: 'kind_other',
};

export const PII_KEYS: Record<PiiType, { one: MessageKey; other: MessageKey; label: MessageKey }> = {
  email: { one: 'pii_email_one', other: 'pii_email_other', label: 'piiLabel_email' },
  phone: { one: 'pii_phone_one', other: 'pii_phone_other', label: 'piiLabel_phone' },
  'postal-address': { one: 'pii_postal_address_one', other: 'pii_postal_address_other', label: 'piiLabel_postal_address' },
  'person-name': { one: 'pii_person_name_one', other: 'pii_person_name_other', label: 'piiLabel_person_name' },
  'purchase-history': { one: 'pii_purchase_history_one', other: 'pii_purchase_history_other', label: 'piiLabel_purchase_history' },
  'payment-card': { one: 'pii_payment_card_one', other: 'pii_payment_card_other', label: 'piiLabel_payment_card' },
  iban: { one: 'pii_iban_one', other: 'pii_iban_other', label: 'piiLabel_iban' },
  'national-id': { one: 'pii_national_id_one', other: 'pii_national_id_other', label: 'piiLabel_national_id' },
  'ip-address': { one: 'pii_ip_address_one', other: 'pii_ip_address_other', label: 'piiLabel_ip_address' },
  'date-of-birth': { one: 'pii_date_of_birth_one', other: 'pii_date_of_birth_other', label: 'piiLabel_date_of_birth' },
};

export const MASK_KEYS: Record<MaskMode, MessageKey> = { off: 'mask_off', partial: 'mask_partial', full: 'mask_full' };

export const DECISION_KEYS: Record<Decision, MessageKey> = {
  allowed: 'decision_allowed',
  warned: 'decision_warned',
  justified: 'decision_justified',
  blocked: 'decision_blocked',
  observed: 'decision_observed',
};

export const SOURCE_KEYS: Record<'click' | 'download' | 'request', MessageKey> = {
  click: 'source_click',
  download: 'source_download',
  request: 'source_request',
};

export const STATUS_KEYS: Record<CheckStatus, MessageKey> = { pass: 'status_pass', warn: 'status_warn', fail: 'status_fail' };

export const SEVERITY_KEYS: Record<'fail' | 'warn' | 'info', MessageKey> = {
  fail: 'severity_fail',
  warn: 'severity_warn',
  info: 'severity_info',
};

export const STATE_KEYS: Record<LessonState, MessageKey> = {
  new: 'state_new',
  passed: 'state_passed',
  'review-due': 'state_review_due',
  required: 'state_required',
  overdue: 'state_overdue',
};

/** The counted noun for a PII type: "1 email address", "37 email addresses". */
export const piiCountKey = (type: PiiType, count: number): MessageKey => PII_KEYS[type][count === 1 ? 'one' : 'other'];
