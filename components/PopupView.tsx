import { PAGE_KIND_KEYS } from '../lib/i18n/keys';
import type { PopupState } from '../lib/popup/state';
import { deriveWarnings } from '../lib/popup/warnings';
import { tipFor } from '../lib/training/tips';
import { ESP_NAMES } from '../lib/esp/names';
import type { I18nProps } from './PopupParts';
import { PopupChecks } from './PopupChecks';
import { PopupExports } from './PopupExports';
import { PopupExposure } from './PopupExposure';
import { PopupTip } from './PopupTip';
import { PopupTraining } from './PopupTraining';
import { PopupWarnings } from './PopupWarnings';

export interface PopupViewProps extends I18nProps {
  state: PopupState | null;
  error?: string | null;
  now: number;
  onSnooze: (warningId: string) => void;
}

export function PopupView({ t, locale, state, error, now, onSnooze }: PopupViewProps) {
  const report = state?.report ?? null;
  const warnings = state ? deriveWarnings(state, now) : [];
  const i18n = { t, locale };
  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        {report && (
          <p class="where" id="where">
            {t('where_header', [report.espName, t(PAGE_KIND_KEYS[report.pageKind])])}
          </p>
        )}
      </header>
      {error && (
        <p role="alert" class="error">
          {t('popup_error', [error])}
        </p>
      )}
      {state && (
        <PopupWarnings
          {...i18n}
          warnings={warnings}
          allowSnooze={state.allowSnooze}
          snoozedCount={state.snoozed.length}
          onSnooze={onSnooze}
        />
      )}
      {report ? (
        <>
          <PopupExposure {...i18n} report={report} masking={state?.masking ?? ({} as PopupState['masking'])} />
          {report.checks && report.checks.length > 0 && <PopupChecks {...i18n} checks={report.checks} />}
          <PopupExports {...i18n} exports={state?.exports ?? []} />
          {/* The tip rotates each minute so repeated opens teach something new. */}
          <PopupTip {...i18n} tip={tipFor(report.pageKind, Math.floor(now / 60_000), locale)} />
        </>
      ) : (
        <section id="not-esp" aria-labelledby="not-esp-heading">
          <h2 id="not-esp-heading">{t('notEsp_heading')}</h2>
          <p>{t('notEsp_body')}</p>
          <p class="esp-list">{ESP_NAMES.join(', ')}.</p>
        </section>
      )}
      {state && <PopupTraining {...i18n} training={state.training} />}
    </main>
  );
}
