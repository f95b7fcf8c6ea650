import type { CheckResult } from '../types';
import type { Check } from './context';

/** Privacy-policy link wording across the supported languages (CCPA-1 is tip-level). */
const PRIVACY =
  /privacy|do not sell|datenschutz|confidentialit|privacidad|privacidade|riservatezza|privacybeleid|integritet|fortrolighed|personvern|tietosuoja|prywatno|ochrana osobních|adatvédelem|confidențialitate|gizlilik|конфиденциальн|プライバシー|隐私|隱私|개인정보/i;

export const privacyLink: Check = (ctx) => {
  const found = ctx.doc.links.some(
    (l) => !l.hidden && l.href && !l.href.startsWith('#') && (PRIVACY.test(l.text) || PRIVACY.test(l.href ?? '')),
  );
  const result: CheckResult = {
    id: 'privacy-link',
    status: found ? 'pass' : 'warn',
    title: 'Privacy policy link',
    evidence: found
      ? 'Found a link to a privacy policy.'
      : 'No link to a privacy policy was found (a tip, not a legal requirement for every email).',
    rules: ['CCPA (CCPA-1)'],
    lesson: 'campaign-privacy-link',
  };
  if (!found) {
    result.reason = 'missing';
    result.fix = { text: 'Link your privacy policy in the footer.', snippet: '<a href="https://YOUR-DOMAIN/privacy">Privacy policy</a>' };
  }
  return result;
};
