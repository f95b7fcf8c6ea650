import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PolicyView } from '../../components/PolicyView';
import { createClient, type Envelope } from '../../lib/messaging/protocol';
import { SelfHostedSection } from './self-hosted';

const send = createClient((message: Envelope) => browser.runtime.sendMessage(message));

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  try {
    const view = await send('options:getPolicy', {});
    render(
      <>
        <h1>Confidant settings</h1>
        <PolicyView view={view} />
        <SelfHostedSection send={send} />
      </>,
      app,
    );
  } catch (e) {
    render(<p role="alert">Could not load the policy: {e instanceof Error ? e.message : String(e)}</p>, app);
  }
  document.documentElement.dataset.ready = '1';
}

void main();
