import type { CheckResult } from '../lib/campaign/types';

const LABEL = { pass: 'Found', warn: 'Check', fail: 'Missing or broken' } as const;

/** The campaign checks of the tab, in the popup: each verdict with its fix, and the caveat. */
export function CampaignChecks({ checks }: { checks: CheckResult[] }) {
  return (
    <section id="campaign-checks" aria-labelledby="campaign-checks-title">
      <h2 id="campaign-checks-title">Campaign checks</h2>
      <ul>
        {checks.map((c) => (
          <li key={c.id} data-check={c.id} data-status={c.status}>
            <strong>{LABEL[c.status]}:</strong> {c.title}. {c.evidence}
            {c.fix?.snippet && (
              <>
                {' '}
                Paste: <code>{c.fix.snippet}</code>
              </>
            )}
          </li>
        ))}
      </ul>
      <p class="caveat">Only what the editor shows was checked: consent, opt-out deadlines and one-click headers cannot be seen here.</p>
    </section>
  );
}
