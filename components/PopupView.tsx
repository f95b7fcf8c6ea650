import type { TabReport } from '../lib/messaging/protocol';
import { tipFor } from '../lib/training/tips';
import { ESP_NAMES } from '../lib/esp/names';
import { ExposureSummary } from './ExposureSummary';
import { TipCard } from './TipCard';
import { CampaignChecks } from './CampaignChecks';

export interface PopupViewProps {
  report: TabReport | null;
  error?: string | null;
}

export function PopupView({ report, error }: PopupViewProps) {
  return (
    <main class="popup">
      <header>
        <h1>Confidant</h1>
        {report && (
          <p class="where" id="where">
            {report.espName} · {report.pageKind}
          </p>
        )}
      </header>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {report ? (
        <>
          <ExposureSummary report={report} />
          {report.checks && <CampaignChecks checks={report.checks} />}
          <TipCard tip={tipFor(report.pageKind, Math.floor(report.updatedAt / 60_000))} />
        </>
      ) : (
        <section id="not-esp">
          <p>Confidant works on email marketing dashboards. Open one of these to see what it protects:</p>
          <p class="esp-list">{ESP_NAMES.join(', ')}.</p>
        </section>
      )}
    </main>
  );
}
