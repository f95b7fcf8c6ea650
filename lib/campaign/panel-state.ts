import type { Action } from '../policy/schema';
import type { CampaignReport } from './types';

/** What the in-page campaign panel shows. The feature owns the state; the view only renders it. */
export interface GatePrompt {
  mode: Extract<Action, 'warn' | 'justify' | 'block'>;
  /** Names of the failing checks. */
  failing: string[];
  /** The organisation's own wording from policy (messages.sendGate), if any. */
  message: string | null;
  proceed: (justification?: string) => void;
  cancel: () => void;
}

export interface CampaignPanelState {
  report: CampaignReport;
  /** How long the last check took, for the curious (and the e2e test). */
  checkedInMs: number;
  gate: GatePrompt | null;
}

export interface CampaignUi {
  update(state: CampaignPanelState): void;
  destroy(): void;
}

/** Creates the panel in a document (a shadow root in the product, anything in tests). */
export type MountCampaignUi = (doc: Document) => CampaignUi;
