import type { T } from '../lib/i18n/t';
import type { CompletionRecord } from '../lib/training/record';

export interface TrainingRecordProps {
  t: T;
  locale: string;
  record: CompletionRecord;
  onNameChange: (name: string) => void;
  onDownload: () => void;
}

const day = (iso: string | null, locale: string) => (iso ? new Date(iso).toLocaleDateString(locale) : '–');

/**
 * The printable completion record: the name the employee chose, lessons, scores and dates.
 * Self-contained so the options page can show it too.
 */
export function TrainingRecord({ t, locale, record, onNameChange, onDownload }: TrainingRecordProps) {
  return (
    <section id="training-record" aria-labelledby="record-heading">
      <h1 id="record-heading">{t('record_heading')}</h1>
      <p class="no-print">{t('record_intro')}</p>
      <p class="no-print">
        <label for="display-name">{t('record_name_label')}</label>{' '}
        <input
          id="display-name"
          type="text"
          maxLength={80}
          autoComplete="name"
          value={record.displayName}
          onInput={(e) => onNameChange(e.currentTarget.value)}
        />
      </p>
      <p class="print-only" id="record-name">
        {t('record_name_print', [record.displayName || '—'])}
      </p>
      <p>{t('record_generated', [day(record.generatedAt, locale)])}</p>
      {record.lessons.length === 0 ? (
        <p id="record-empty">{t('record_empty')}</p>
      ) : (
        <table id="record-table">
          <caption class="sr-only">{t('record_heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('record_col_lesson')}</th>
              <th scope="col">{t('record_col_status')}</th>
              <th scope="col">{t('record_col_score')}</th>
              <th scope="col">{t('record_col_attempts')}</th>
              <th scope="col">{t('record_col_passed')}</th>
              <th scope="col">{t('record_col_review')}</th>
            </tr>
          </thead>
          <tbody>
            {record.lessons.map((l) => (
              <tr key={l.lesson} data-lesson={l.lesson}>
                <th scope="row">{l.title}</th>
                <td>{t(l.passed ? 'state_passed' : 'record_not_passed')}</td>
                <td>{l.bestScore}%</td>
                <td>{l.attempts}</td>
                <td>{day(l.passedAt, locale)}</td>
                <td>{day(l.nextReview, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="no-print">
        <button type="button" id="download-record" onClick={onDownload}>
          {t('record_download')}
        </button>{' '}
        <button type="button" id="print-record" onClick={() => window.print()}>
          {t('record_print')}
        </button>
      </p>
    </section>
  );
}
