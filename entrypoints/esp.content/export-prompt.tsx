import * as v from 'valibot';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ExportInterstitial } from '../../components/ExportInterstitial';
import type { ContentFeature } from '../../lib/content/feature';
import { MIN_JUSTIFICATION, justificationWarning } from '../../lib/export/justification';
import { ExportPromptSchema, type ExportAnswer, type ExportPrompt } from '../../lib/export/protocol';

/**
 * Shows the background's export question (bg:exportPrompt) in a shadow root over the page and
 * answers with the user's choice. One question at a time; a second one waits for the first.
 */
export const exportPrompt: ContentFeature = (ctx) => {
  let queue: Promise<unknown> = Promise.resolve();
  const listener = (message: unknown) => {
    const m = message as { type?: unknown; prompt?: unknown } | null;
    if (m?.type !== 'bg:exportPrompt') return undefined;
    const parsed = v.safeParse(ExportPromptSchema, m.prompt);
    if (!parsed.success) return Promise.resolve<ExportAnswer>({ proceed: false, justification: '' });
    const answer = queue.then(() => ask(ctx.doc, parsed.output));
    queue = answer;
    return answer;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
};

function ask(doc: Document, prompt: ExportPrompt): Promise<ExportAnswer> {
  return new Promise((resolve) => {
    const host = doc.createElement('div');
    host.setAttribute('data-confidant-ui', 'export-interstitial');
    const shadow = host.attachShadow({ mode: 'open' });
    doc.body.append(host);
    const previousFocus = doc.activeElement as HTMLElement | null;
    const finish = (answer: ExportAnswer) => {
      render(null, shadow);
      host.remove();
      previousFocus?.focus?.();
      resolve(answer);
    };
    render(
      <ExportInterstitial
        prompt={prompt}
        minLength={MIN_JUSTIFICATION}
        checkJustification={justificationWarning}
        onProceed={(justification) => finish({ proceed: true, justification })}
        onCancel={() => finish({ proceed: false, justification: '' })}
      />,
      shadow,
    );
  });
}
