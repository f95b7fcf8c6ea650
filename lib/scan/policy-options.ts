import { compileCustomPatterns } from '../detectors/custom';
import type { EngineOptions } from '../detectors/engine';
import type { EffectivePolicy } from '../policy/defaults';
import type { MaskMode } from '../policy/schema';
import { PII_TYPES, type PiiType } from '../pii/types';

export interface ScanSettings {
  engine: EngineOptions;
  /** Mask mode per type; `custom` is the mode of policy patterns without their own. */
  modes: Record<PiiType, MaskMode>;
  customModes: Record<string, MaskMode>;
}

/**
 * Turns the policy into detector options. Masking `off` only stops masking: the value is still
 * detected and counted, because the exposure report is about what is on screen, masked or not.
 * IP addresses are looked for bare only when policy masks them (it opted in); in an IP column or
 * after an "IP:" label they are always found.
 */
export function scanSettings(policy: EffectivePolicy): ScanSettings {
  const { compiled } = compileCustomPatterns(policy.customPatterns);
  const customModes: Record<string, MaskMode> = {};
  for (const p of policy.customPatterns) customModes[p.id] = p.mask ?? 'full';
  return {
    engine: {
      types: PII_TYPES,
      exclusions: policy.exclusions,
      custom: compiled,
      ipOptIn: policy.masking['ip-address'] !== 'off',
    },
    modes: policy.masking,
    customModes,
  };
}

/** The mask mode of a finding under these settings: its type's, or its custom pattern's (`full` by default). */
export function maskModeOf(settings: ScanSettings, f: { type: PiiType | 'custom'; patternName: string }): MaskMode {
  return f.type === 'custom' ? (settings.customModes[f.patternName] ?? 'full') : settings.modes[f.type];
}
