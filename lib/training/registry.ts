import type { Lesson } from './types';
import whatIsConfidentiality from './lessons/what-is-confidentiality';
import dataThatNeedsProtection from './lessons/data-that-needs-protection';
import protectingData from './lessons/protecting-data';
import gdpr from './lessons/gdpr';
import ccpaCpra from './lessons/ccpa-cpra';
import canSpam from './lessons/can-spam';
import casl from './lessons/casl';
import consentAndPrivacyNotices from './lessons/consent-and-privacy-notices';
import optOuts from './lessons/opt-outs';
import audits from './lessons/audits';
import breaches from './lessons/breaches';
import exportingSafely from './lessons/exporting-safely';
import onScreenExposure from './lessons/on-screen-exposure';

/** Every lesson, in the suggested reading order. The meta test checks each file is listed here. */
export const LESSONS: readonly Lesson[] = [
  whatIsConfidentiality,
  dataThatNeedsProtection,
  protectingData,
  onScreenExposure,
  exportingSafely,
  consentAndPrivacyNotices,
  optOuts,
  canSpam,
  casl,
  gdpr,
  ccpaCpra,
  audits,
  breaches,
];

const BY_ID = new Map(LESSONS.map((l) => [l.id, l]));

export function getLesson(id: string): Lesson | undefined {
  return BY_ID.get(id);
}

export const isLessonId = (id: string) => BY_ID.has(id);
