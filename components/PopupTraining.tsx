import type { TrainingSummary } from '../lib/training/status';
import type { I18nProps } from './PopupParts';

/** Where the employee stands: open required lessons, reviews due, and the ways into the lessons and the record. */
export function PopupTraining({ t, training }: I18nProps & { training: TrainingSummary }) {
  return (
    <section id="training" aria-labelledby="training-heading">
      <h2 id="training-heading">{t('popup_training')}</h2>
      <p>{t('popup_training_status', [training.passed, training.open.length, training.reviewsDue.length])}</p>
      <p class="links">
        <a href="lesson.html" target="_blank" rel="noopener" id="all-lessons">
          {t('popup_all_lessons')}
        </a>
        {' · '}
        <a href="record.html" target="_blank" rel="noopener" id="record-link">
          {t('popup_record')}
        </a>
      </p>
    </section>
  );
}
