import { DECISION_KEYS, piiCountKey, SEVERITY_KEYS } from '../lib/i18n/keys';
import type { Warning } from '../lib/popup/warnings';
import { formatWhen, lessonTitle, type I18nProps } from './PopupParts';
import { PopupLessonLink } from './PopupLessonLink';

interface Props extends I18nProps {
  warnings: Warning[];
  allowSnooze: boolean;
  snoozedCount: number;
  onSnooze: (id: string) => void;
}

function WarningText({ t, locale, w }: I18nProps & { w: Warning }) {
  switch (w.kind) {
    case 'check':
      return (
        <>
          <strong>{w.check.title}</strong>
          <span class="evidence"> {w.check.evidence}</span>
          {w.check.fix && (
            <span class="fix">
              {' '}
              {t('popup_fix', [w.check.fix.text])}
              {w.check.fix.snippet && <code>{w.check.fix.snippet}</code>}
            </span>
          )}
          {w.check.rules.length > 0 && <span class="rules"> {t('popup_cites', [w.check.rules.join(', ')])}</span>}
        </>
      );
    case 'exposure': {
      const what = t(piiCountKey(w.piiType, w.count), [w.count.toLocaleString(locale)]);
      return <strong>{t(w.unmasked ? 'warn_exposure_unmasked' : 'warn_exposure_out_of_place', [what])}</strong>;
    }
    case 'export':
      return (
        <strong>{t('warn_export_recent', [t(DECISION_KEYS[w.export.decision ?? 'observed']), formatWhen(w.export.at, locale)])}</strong>
      );
    case 'training':
      return (
        <strong>
          {w.due
            ? t(w.severity === 'fail' ? 'warn_training_overdue' : 'warn_training_due', [
                lessonTitle(w.lesson, locale),
                new Date(w.due).toLocaleDateString(locale),
              ])
            : t('warn_training_required', [lessonTitle(w.lesson, locale)])}
        </strong>
      );
    case 'review':
      return <strong>{t('warn_review_due', [lessonTitle(w.lesson, locale)])}</strong>;
  }
}

/** Warnings, each with the lesson that explains it and, where policy allows, a snooze for this site. */
export function PopupWarnings({ t, locale, warnings, allowSnooze, snoozedCount, onSnooze }: Props) {
  if (warnings.length === 0 && snoozedCount === 0) return null;
  return (
    <section id="warnings" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">{t('popup_warnings')}</h2>
      <ul>
        {warnings.map((w, i) => (
          <li key={w.id} class={`warning ${w.severity}`} data-warning={w.id}>
            <span id={`warning-text-${i}`}>
              <span class="sr-only">{t(SEVERITY_KEYS[w.severity])}: </span>
              <WarningText t={t} locale={locale} w={w} />
            </span>
            <div class="actions">
              <PopupLessonLink t={t} locale={locale} lesson={w.lesson} />
              {allowSnooze && w.snoozable && (
                <button type="button" class="snooze" aria-describedby={`warning-text-${i}`} onClick={() => onSnooze(w.id)}>
                  {t('popup_snooze')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {snoozedCount > 0 && (
        <p class="muted" id="snoozed-note">
          {t(snoozedCount === 1 ? 'popup_snoozed_one' : 'popup_snoozed_other', [snoozedCount])}
        </p>
      )}
    </section>
  );
}
