import { defineLesson } from '../types';
import de from './de/consent-and-privacy-notices';

export default defineLesson({
  id: 'consent-and-privacy-notices',
  minutes: 2,
  passMark: 2 / 3,
  sources: [
    'seed: What Practices Can Help Maintain Confidentiality?; How Can Customers Be Informed?',
    'esp-reference.md §3 GDPR-1, CASL-4',
  ],
  text: {
    en: {
      title: 'Consent and privacy notices',
      summary: 'Ask first, explain clearly, and keep the proof.',
      sections: [
        {
          heading: 'Explicit consent',
          paragraphs: [
            'Obtain explicit consent from customers before collecting and using their data. In an ESP: sign-up forms with an unticked checkbox, double opt-in where your list offers it, and a record of when and where each person signed up.',
            'A bought or borrowed list carries no consent for you to email the people on it. Do not import it.',
          ],
        },
        {
          heading: 'Clear privacy policies',
          paragraphs: [
            'Provide a clear, transparent privacy policy that explains how customer data will be used, and link it where the data is collected and in your emails.',
          ],
        },
        {
          heading: 'Keep customers informed',
          bullets: [
            'Communicate your data protection policies clearly in all customer interactions.',
            'Give detailed information about the security measures that protect their data.',
            'Reassure customers that their data is handled responsibly and ethically.',
          ],
        },
      ],
      quiz: [
        {
          id: 'import',
          prompt: 'A partner offers a list of 5,000 “interested leads” to import. What is the problem?',
          options: [
            'None, more contacts is better',
            'The people on it never gave you consent to email them',
            'The file is probably too large',
          ],
          answer: 1,
          explanation:
            'Consent must be obtained before collecting and using someone’s data. A list from someone else carries no consent for you.',
        },
        {
          id: 'policy',
          prompt: 'What should a privacy policy do?',
          options: ['Explain clearly how customer data will be used', 'Be as long as possible so nobody reads it', 'Stay internal'],
          answer: 0,
          explanation: 'Privacy policies should be clear and transparent about how customer data will be used.',
        },
        {
          id: 'proof',
          prompt: 'Why keep the sign-up date and source of each contact?',
          options: ['To show the consent you rely on if asked', 'It is needed for email rendering', 'It isn’t useful'],
          answer: 0,
          explanation: 'Consent you cannot show is hard to rely on; under GDPR it must be demonstrable.',
        },
      ],
      tips: [
        {
          id: 'audience-consent',
          pageKinds: ['audience'],
          text: 'Before importing contacts, ask how consent was obtained. No consent record, no import.',
        },
      ],
    },
    de,
  },
});
