import { defineLesson } from '../types';
import de from './de/ccpa-cpra';

export default defineLesson({
  id: 'ccpa-cpra',
  minutes: 2,
  passMark: 2 / 3,
  sources: ['seed: What Are the Legal Requirements? (CCPA)', 'esp-reference.md §3 CCPA-1..3'],
  text: {
    en: {
      title: 'CCPA and CPRA: California privacy rights',
      summary: 'What California residents can ask of you, and what that means for your lists.',
      sections: [
        {
          heading: 'What it is',
          paragraphs: [
            'The California Consumer Privacy Act (CCPA), as amended by the California Privacy Rights Act (CPRA), gives California residents rights over their personal information and puts obligations on businesses that handle it.',
          ],
        },
        {
          heading: 'Rights people can use',
          bullets: [
            'To know what personal information you hold about them.',
            'To have it deleted, and to have it corrected.',
            'To opt out of the sale or sharing of their personal information.',
            'To limit the use of sensitive personal information.',
          ],
        },
        {
          heading: 'What it means in your ESP',
          bullets: [
            'Notice at collection: sign-up forms and emails should link to the privacy policy that explains how the data is used.',
            'A sign-up incentive (say, 10 % off for joining the list) needs a notice of financial incentive.',
            'Deletion and opt-out requests must be honoured everywhere the data lives, including the ESP and any exports.',
          ],
        },
      ],
      quiz: [
        {
          id: 'rights',
          prompt: 'Which of these is a right under CCPA/CPRA?',
          options: [
            'To opt out of the sale or sharing of their personal information',
            'To receive a discount',
            'To see other customers’ data',
          ],
          answer: 0,
          explanation:
            'The rights include knowing, deleting, correcting, opting out of sale or sharing, and limiting the use of sensitive personal information.',
        },
        {
          id: 'incentive',
          prompt: 'Your pop-up offers 10 % off in exchange for an email address. What does CCPA require?',
          options: ['Nothing, discounts are not regulated', 'A notice of financial incentive', 'A phone call to each subscriber'],
          answer: 1,
          explanation: 'Offering something of value for personal data is a financial incentive, and it needs its own notice.',
        },
        {
          id: 'delete',
          prompt:
            'A Californian customer asks to have their data deleted. They are also in last month’s CSV export on the shared drive. What now?',
          options: [
            'Delete them in the ESP only',
            'Make sure the request is honoured wherever the data lives, including that export',
            'Ignore it: exports are not covered',
          ],
          answer: 1,
          explanation: 'Deletion requests must be honoured. Every copy counts, which is one more reason to keep few exports.',
        },
      ],
      tips: [
        {
          id: 'campaign-privacy-link',
          pageKinds: ['campaign-editor'],
          text: 'Link your privacy policy in the footer: people should always be able to find out how their data is used.',
        },
      ],
    },
    de,
  },
});
