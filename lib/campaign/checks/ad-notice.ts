import type { CheckResult } from '../types';
import type { Check } from './context';

/** "This is an advertisement" wording; only checked where policy asks (CS-5: lists without prior consent). */
const AD_NOTICE =
  /advertisement|this is an ad\b|\bad\b:|anzeige|werbung|publicité|publicidad|pubblicità|advertentie|reclame|reklam|annons|mainos|реклама|広告|广告|광고/i;

export const adNotice: Check = (ctx) => {
  const found = AD_NOTICE.test(ctx.doc.visibleText);
  const result: CheckResult = {
    id: 'ad-notice',
    status: found ? 'pass' : 'warn',
    title: 'Advertisement notice',
    evidence: found
      ? 'The email identifies itself as an advertisement.'
      : 'Your policy asks for an advertisement notice and none was found.',
    rules: ['CAN-SPAM (CS-5)'],
    lesson: 'campaign-ad-notice',
  };
  if (!found) {
    result.reason = 'missing';
    result.fix = { text: 'Say clearly that the email is an advertisement.', snippet: 'This email is an advertisement.' };
  }
  return result;
};
