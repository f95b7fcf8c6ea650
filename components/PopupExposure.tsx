import { MASK_KEYS, PAGE_KIND_KEYS, PII_KEYS, piiCountKey } from '../lib/i18n/keys';
import type { TabReport } from '../lib/messaging/protocol';
import type { PiiType } from '../lib/pii/types';
import type { MaskMode } from '../lib/policy/schema';
import type { I18nProps } from './PopupParts';

interface Props extends I18nProps {
  report: TabReport;
  masking: Record<PiiType, MaskMode>;
}

/** "37 email addresses visible on this Mailchimp audience page", one line per type, and how each is masked. */
export function PopupExposure({ t, locale, report, masking }: Props) {
  const entries = (Object.entries(report.counts) as [PiiType, number][]).filter(([, n]) => n > 0);
  const page = t(PAGE_KIND_KEYS[report.pageKind]);
  return (
    <section aria-labelledby="exposure-heading">
      <h2 id="exposure-heading">{t('popup_exposure')}</h2>
      {entries.length === 0 ? (
        <p id="exposure-none">{t('exposure_none', [report.espName, page])}</p>
      ) : (
        <>
          <ul id="exposure">
            {entries.map(([type, n]) => (
              <li key={type} data-type={type}>
                {t('exposure_line', [t(piiCountKey(type, n), [n.toLocaleString(locale)]), report.espName, page])}
              </li>
            ))}
          </ul>
          <ul id="masking" aria-label={t('popup_masking')}>
            {entries.map(([type]) => (
              <li key={type} data-type={type} data-mode={masking[type]}>
                {t('masking_line', [t(PII_KEYS[type].label), t(MASK_KEYS[masking[type]])])}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
