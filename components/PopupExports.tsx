import { DECISION_KEYS, SOURCE_KEYS } from '../lib/i18n/keys';
import type { ExportSummary } from '../lib/popup/state';
import { formatWhen, type I18nProps } from './PopupParts';

/** Recent exports on this site and what was decided, from the audit log (metadata only). */
export function PopupExports({ t, locale, exports }: I18nProps & { exports: ExportSummary[] }) {
  return (
    <section id="exports" aria-labelledby="exports-heading">
      <h2 id="exports-heading">{t('popup_exports')}</h2>
      {exports.length === 0 ? (
        <p class="muted">{t('popup_exports_none')}</p>
      ) : (
        <ul>
          {exports.map((e, i) => (
            <li key={`${e.at}-${i}`} data-decision={e.decision ?? 'observed'}>
              {t('export_line', [
                e.fileType.toUpperCase(),
                t(SOURCE_KEYS[e.source]),
                t(DECISION_KEYS[e.decision ?? 'observed']),
                formatWhen(e.at, locale),
              ])}
              {e.flags.length > 0 && <span class="muted"> ({e.flags.join(', ')})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
