import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SelfHostedSites } from '../../components/SelfHostedSites';
import { ESP_ADAPTERS } from '../../lib/esp/index';
import { SELF_HOSTED_ESP_IDS, sitePattern, toOrigin, type SelfHostedResults } from '../../lib/esp/self-hosted-protocol';
import type { createClient } from '../../lib/messaging/protocol';

type View = SelfHostedResults['options:listSelfHostedSites'];
const PLATFORMS = SELF_HOSTED_ESP_IDS.map((id) => ({ id, name: ESP_ADAPTERS[id].name }));

/** Wires the self-hosted section: the permission prompt (options page only), then the background registers the site. */
export function SelfHostedSection({ send }: { send: ReturnType<typeof createClient> }) {
  const [view, setView] = useState<View>({ sites: [], policyHosts: [] });
  useEffect(() => {
    void send('options:listSelfHostedSites', {}).then(setView);
  }, []);

  const onAdd = async (host: string, esp: (typeof SELF_HOSTED_ESP_IDS)[number]) => {
    const origin = toOrigin(host);
    if (!origin) return 'Enter an address like https://news.example.org.';
    const granted = await browser.permissions.request({ origins: [sitePattern(origin)] });
    if (!granted) return `Access to ${origin} was not granted.`;
    setView(await send('options:addSelfHostedSite', { origin, esp }));
    return null;
  };

  return (
    <SelfHostedSites
      sites={view.sites}
      policyHosts={view.policyHosts}
      platforms={PLATFORMS}
      onAdd={onAdd}
      onRemove={(origin) => void send('options:removeSelfHostedSite', { origin }).then(setView)}
    />
  );
}
