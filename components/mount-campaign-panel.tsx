import { render } from 'preact';
import type { CampaignUi, MountCampaignUi } from '../lib/campaign/panel-state';
import { CampaignPanel } from './CampaignPanel';
import { PANEL_CSS } from './campaign-panel-css';

/** Renders the campaign panel in an open shadow root, so ESP styles and ours never mix. */
export const mountCampaignPanel: MountCampaignUi = (doc) => {
  const host = doc.createElement('confidant-campaign-panel');
  host.setAttribute('data-confidant-ui', 'campaign');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const root = doc.createElement('div');
  shadow.append(style, root);
  doc.body.append(host);

  // The page may deny clipboard access; fall back to a selection copy inside the shadow root.
  const copy = async (text: string): Promise<boolean> => {
    try {
      await doc.defaultView?.navigator.clipboard.writeText(text);
      return true;
    } catch {
      const area = doc.createElement('textarea');
      area.value = text;
      shadow.append(area);
      area.select();
      const ok = doc.execCommand('copy');
      area.remove();
      return ok;
    }
  };

  const ui: CampaignUi = {
    update: (state) => render(<CampaignPanel {...state} copy={copy} />, root),
    destroy: () => {
      render(null, root);
      host.remove();
    },
  };
  return ui;
};
