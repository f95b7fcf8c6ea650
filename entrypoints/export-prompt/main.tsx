import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ExportInterstitial } from '../../components/ExportInterstitial';
import { MIN_JUSTIFICATION, justificationWarning } from '../../lib/export/justification';
import type { ExportAnswer, ExportPrompt } from '../../lib/export/protocol';

/**
 * The export question in a small extension window, for when the ESP tab cannot be asked: a
 * self-hosted host whose site access is not granted yet, or a tab that went away. The background
 * leaves the question in storage.session under this window's id and waits for the answer there.
 */
async function main() {
  const id = location.hash.slice(1);
  const app = document.getElementById('app');
  const key = `exportPrompt:${id}`;
  const prompt = (await browser.storage.session.get(key))[key] as ExportPrompt | undefined;
  if (!app || !prompt) return;
  const answer = async (a: ExportAnswer) => {
    await browser.storage.session.set({ [`exportAnswer:${id}`]: a });
    window.close();
  };
  render(
    <ExportInterstitial
      prompt={prompt}
      minLength={MIN_JUSTIFICATION}
      checkJustification={justificationWarning}
      onProceed={(justification) => void answer({ proceed: true, justification })}
      onCancel={() => void answer({ proceed: false, justification: '' })}
    />,
    app,
  );
  document.documentElement.dataset.ready = '1';
}

void main();
