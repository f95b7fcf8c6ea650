import type { PolicyView as PolicyViewData } from '../lib/messaging/protocol';

const SOURCE_LABEL: Record<PolicyViewData['source'], string> = {
  defaults: 'Built-in defaults',
  managed: 'Your organisation (managed)',
  file: 'Signed policy file',
  url: 'Policy URL',
  user: 'Your settings',
};

/** Read-only view of the policy in force, section by section. */
export function PolicyView({ view }: { view: PolicyViewData }) {
  const { policy } = view;
  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading">Policy in force</h2>
      <p id="policy-source">
        {SOURCE_LABEL[view.source]} · <code>{policy.id}</code> v{policy.version}
      </p>
      <h3>Masking</h3>
      <table id="policy-masking">
        <tbody>
          {Object.entries(policy.masking).map(([type, mode]) => (
            <tr key={type}>
              <th scope="row">{type}</th>
              <td>{mode}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Actions</h3>
      <dl id="policy-actions">
        <dt>Exports</dt>
        <dd>{policy.exports.action}</dd>
        <dt>Send gate</dt>
        <dd>{policy.campaign.sendGate}</dd>
        <dt>Copy guard</dt>
        <dd>{policy.copyGuard}</dd>
        <dt>Audit log retention</dt>
        <dd>{policy.audit.retentionDays} days</dd>
      </dl>
    </section>
  );
}
