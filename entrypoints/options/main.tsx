import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createClient, type Envelope } from '../../lib/messaging/protocol';
import { SECTIONS } from './sections';

const send = createClient((message: Envelope) => browser.runtime.sendMessage(message));

async function refresh(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  try {
    const view = await send('options:getPolicy', {});
    render(
      <>
        <h1>Confidant settings</h1>
        {SECTIONS.map(({ id, Component }) => (
          <div key={id} id={`section-${id}`} class="section">
            <Component view={view} send={send} refresh={refresh} />
          </div>
        ))}
      </>,
      app,
    );
  } catch (e) {
    render(<p role="alert">Could not load the policy: {e instanceof Error ? e.message : String(e)}</p>, app);
  }
  document.documentElement.dataset.ready = '1';
}

// Policy changes from elsewhere (managed storage, the URL schedule) show up without a reload.
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'local' || area === 'managed') void refresh();
});

void refresh();
