import type { TabReport } from '../lib/messaging/protocol';
import { describeCount, describePage } from '../lib/pii/describe';
import type { PiiType } from '../lib/pii/types';

/** "37 email addresses visible on this Mailchimp audience page", one line per type. */
export function ExposureSummary({ report }: { report: TabReport }) {
  const entries = (Object.entries(report.counts) as [PiiType, number][]).filter(([, n]) => n > 0);
  const where = describePage(report.espName, report.pageKind);
  if (entries.length === 0) {
    return <p id="exposure-none">No personal data detected on {where}.</p>;
  }
  return (
    <ul id="exposure" aria-label="Personal data on this page">
      {entries.map(([type, n]) => (
        <li key={type} data-type={type}>
          {describeCount(type, n)} visible on {where}
        </li>
      ))}
    </ul>
  );
}
