import { formatFingerprint } from '../../lib/policy/signature';
import type { PolicyView } from '../../lib/policy/view';
import { LAYER_LABEL } from './labels';

/** Which policy is in force, where it came from, the last rejection and the trusted keys. */
export function PolicyStatus({ view }: { view: PolicyView }) {
  const { policy, team, lastRejection } = view;
  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading">Policy in force</h2>
      <p id="policy-source">
        {LAYER_LABEL[view.source]} · <code id="policy-id">{policy.id}</code> v<span id="policy-version">{policy.version}</span>
        {policy.organisation ? <> · {policy.organisation}</> : null}
      </p>
      {team ? (
        <p id="team-policy">
          Team policy <code>{team.id}</code> v{team.version} from {team.source === 'url' ? 'the policy URL' : 'the file'}{' '}
          <code>{team.origin}</code>, {team.signedBy ? <>signed by key {formatFingerprint(team.signedBy).slice(0, 19)}…</> : 'unsigned'},
          accepted {new Date(team.acceptedAt).toLocaleString()}.
        </p>
      ) : null}
      {team?.expiresAt && Date.parse(team.expiresAt) <= Date.now() ? (
        <p id="policy-expired" role="alert" class="rejection">
          The team policy expired on {team.expiresAt}. It stays in force until your team lead sends a newer version.
        </p>
      ) : null}
      {lastRejection ? (
        <div id="policy-rejection" role="alert" class="rejection" data-code={lastRejection.code}>
          <strong>Not applied ({lastRejection.source === 'managed' ? 'organisation settings' : lastRejection.origin}):</strong>{' '}
          {lastRejection.message}. The policy in force did not change.
          {lastRejection.details?.length ? (
            <ul>
              {lastRejection.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {view.keys.length > 0 ? (
        <>
          <h3>Trusted signing keys</h3>
          <ul id="trusted-keys">
            {view.keys.map((k) => (
              <li key={k.thumbprint} data-via={k.via}>
                <code>{formatFingerprint(k.thumbprint)}</code> (
                {k.via === 'organisation'
                  ? 'from your organisation'
                  : k.via === 'confirmed'
                    ? 'confirmed by you'
                    : 'named by a trusted policy'}
                )
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
