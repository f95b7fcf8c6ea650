import { useState } from 'preact/hooks';
import type { SELF_HOSTED_ESP_IDS, SelfHostedSiteView } from '../lib/esp/self-hosted-protocol';

type Esp = (typeof SELF_HOSTED_ESP_IDS)[number];

export interface SelfHostedSitesProps {
  sites: SelfHostedSiteView[];
  /** Hosts the policy names as self-hosted ESPs, offered for one-click adding. */
  policyHosts: string[];
  platforms: readonly { id: Esp; name: string }[];
  /** Asks for access and registers the site; resolves with an error message, or null when added. */
  onAdd: (host: string, esp: Esp) => Promise<string | null>;
  onRemove: (origin: string) => void;
}

/**
 * "Self-hosted platforms" section of the options page: listmonk or Mautic on the team's own host.
 * Confidant works there only after the browser grants access to that one site.
 */
export function SelfHostedSites({ sites, policyHosts, platforms, onAdd, onRemove }: SelfHostedSitesProps) {
  const [host, setHost] = useState('');
  const [esp, setEsp] = useState<Esp>(platforms[0]?.id ?? 'listmonk');
  const [message, setMessage] = useState<string | null>(null);
  const known = new Set(sites.map((s) => new URL(s.origin).hostname));
  const suggested = policyHosts.filter((h) => !known.has(h.replace(/^https?:\/\//, '').replace(/\/.*$/, '')));

  const add = (target: string) => {
    // onAdd must start inside this click: the browser only shows its permission prompt for a user gesture.
    void onAdd(target, esp).then((error) => {
      setMessage(error ?? `Added ${target}.`);
      if (!error) setHost('');
    });
  };

  return (
    <section aria-labelledby="self-hosted-heading" id="self-hosted">
      <h2 id="self-hosted-heading">Self-hosted platforms</h2>
      <p>Confidant watches listmonk or Mautic on your own server once you allow it on that one site.</p>
      {sites.length > 0 && (
        <ul id="self-hosted-sites">
          {sites.map((s) => (
            <li key={s.origin} data-origin={s.origin}>
              <code>{s.origin}</code> · {platforms.find((p) => p.id === s.esp)?.name ?? s.esp} ·{' '}
              {s.granted ? 'access granted' : 'access not granted'}{' '}
              <button type="button" onClick={() => onRemove(s.origin)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {suggested.length > 0 && (
        <p>
          Named by your policy:{' '}
          {suggested.map((h) => (
            <button type="button" key={h} onClick={() => add(h)}>
              Allow {h}
            </button>
          ))}
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add(host);
        }}
      >
        <label for="self-hosted-host">Address</label>{' '}
        <input
          id="self-hosted-host"
          type="text"
          placeholder="https://news.example.org"
          value={host}
          onInput={(e) => setHost((e.target as HTMLInputElement).value)}
        />{' '}
        <label for="self-hosted-esp">Platform</label>{' '}
        <select id="self-hosted-esp" value={esp} onChange={(e) => setEsp((e.target as HTMLSelectElement).value as Esp)}>
          {platforms.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>{' '}
        <button type="submit">Allow and add</button>
      </form>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
