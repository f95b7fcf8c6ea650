import type { LayerName } from '../../lib/policy/resolve';

export const LAYER_LABEL: Record<LayerName, string> = {
  defaults: 'Built-in defaults',
  managed: 'Your organisation (managed)',
  file: 'Team policy file',
  url: 'Team policy URL',
  user: 'Your settings',
};

export const LOCKED_TEXT = 'Locked by your organisation';
export const TEAM_TEXT = 'Set by your team policy';
