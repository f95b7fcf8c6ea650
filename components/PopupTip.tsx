import type { Tip } from '../lib/training/tips';
import type { I18nProps } from './PopupParts';
import { PopupLessonLink } from './PopupLessonLink';

export function PopupTip({ t, locale, tip }: I18nProps & { tip: Tip }) {
  return (
    <aside id="tip" class="tip" aria-labelledby="tip-heading" data-tip={tip.id}>
      <h2 id="tip-heading" class="inline">
        {t('popup_tip')}
      </h2>{' '}
      {tip.text} <PopupLessonLink t={t} locale={locale} lesson={tip.lesson} label="popup_tip_lesson" />
    </aside>
  );
}
