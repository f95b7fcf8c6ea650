import type { PageKind } from '../esp/types';

export interface Tip {
  id: string;
  text: string;
  /** The lesson that explains the tip in depth. */
  lesson: string;
}

/** Tips drawn from the seed article, by the kind of page they help with. */
export const TIPS: Record<PageKind, Tip[]> = {
  audience: [
    {
      id: 'audience-minimise',
      text: 'Show only the columns you need. Fewer visible fields means less personal data in screenshots and screen shares.',
      lesson: 'on-screen-exposure',
    },
    {
      id: 'audience-share-screen',
      text: 'Before sharing your screen, switch to a tab without subscriber data: anyone watching sees what you see.',
      lesson: 'on-screen-exposure',
    },
  ],
  contact: [
    {
      id: 'contact-least-privilege',
      text: 'Open a contact profile only when your task needs it. Access on a need-to-know basis is the core of confidentiality.',
      lesson: 'protecting-data',
    },
  ],
  'campaign-editor': [
    {
      id: 'campaign-unsubscribe',
      text: 'Every marketing email needs a visible unsubscribe link and your postal address (CAN-SPAM, CASL).',
      lesson: 'can-spam',
    },
  ],
  export: [
    {
      id: 'export-minimise',
      text: 'Export only the fields and contacts the task needs, keep the file in approved storage and delete it when done.',
      lesson: 'exporting-safely',
    },
  ],
  other: [
    {
      id: 'general-2fa',
      text: 'Use a strong, unique password and two-factor authentication on every ESP account.',
      lesson: 'protecting-data',
    },
  ],
};

/** A tip for the page; `seed` rotates between tips of the same kind. */
export function tipFor(pageKind: PageKind, seed = 0): Tip {
  const tips = TIPS[pageKind].length > 0 ? TIPS[pageKind] : TIPS.other;
  return tips[Math.abs(seed) % tips.length] as Tip;
}
