import type { CheckResult } from '../lib/campaign/types';
import { STATUS_KEYS } from '../lib/i18n/keys';
import { lessonForCheck } from '../lib/training/check-lessons';
import type { I18nProps } from './PopupParts';
import { PopupLessonLink } from './PopupLessonLink';

/** Every campaign check with its status, fix hint and cited rules (failed ones also appear as warnings). */
export function PopupChecks({ t, locale, checks }: I18nProps & { checks: CheckResult[] }) {
  return (
    <section id="checks" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('popup_checks')}</h2>
      <ul>
        {checks.map((c) => (
          <li key={c.id} data-check={c.id} data-status={c.status} class={`check ${c.status}`}>
            <span class="status">{t(STATUS_KEYS[c.status])}</span> <strong>{c.title}</strong>
            {c.status !== 'pass' && (
              <>
                <span class="evidence"> {c.evidence}</span>
                {c.fix && <span class="fix"> {t('popup_fix', [c.fix.text])}</span>}
                {c.fix?.snippet && (
                  <span class="snippet">
                    {' '}
                    {t('popup_paste')} <code>{c.fix.snippet}</code>
                  </span>
                )}
              </>
            )}
            {c.rules.length > 0 && <span class="rules"> {t('popup_cites', [c.rules.join(', ')])}</span>}
            {c.status !== 'pass' && (
              <div class="actions">
                <PopupLessonLink t={t} locale={locale} lesson={lessonForCheck(c)} />
              </div>
            )}
          </li>
        ))}
      </ul>
      {/* A green list is not "compliant": say what the editor cannot show. */}
      <p class="caveat">{t('popup_checks_caveat')}</p>
    </section>
  );
}
