import { defineLesson } from '../types';
import de from './de/gdpr';

export default defineLesson({
  id: 'gdpr',
  minutes: 3,
  passMark: 3 / 4,
  sources: ['seed: What Are the Legal Requirements? (GDPR)', 'esp-reference.md §3 GDPR-1..4 (Art. 5, 6, 7, 21, 25, 32)'],
  text: {
    en: {
      title: 'GDPR for email marketers',
      summary: 'The EU rules on collecting, processing and storing personal data, as they touch your ESP work.',
      sections: [
        {
          heading: 'What it is',
          paragraphs: [
            'The General Data Protection Regulation (GDPR) applies to businesses operating in the EU and sets strict guidelines on how personal data is collected, processed and stored.',
          ],
        },
        {
          heading: 'The parts you use every day',
          bullets: [
            'Consent (Art. 6 and 7): where you rely on consent, you must be able to show it, and people can withdraw it.',
            'Right to object (Art. 21): when someone objects to direct marketing, their data must no longer be used for it. There is no balancing test.',
            'Data minimisation (Art. 5(1)(c)): use only the data the purpose needs. For an export, that means only the columns and contacts the task needs.',
            'Integrity and confidentiality (Art. 5(1)(f)) and security of processing (Art. 32): protect data against unauthorised access, for example with pseudonymisation and encryption.',
            'Data protection by design and by default (Art. 25): protective settings should be the starting point. Confidant masking data on screen by default is one example.',
          ],
        },
      ],
      quiz: [
        {
          id: 'object',
          prompt: 'A subscriber writes: “Stop sending me marketing.” Under GDPR, what happens?',
          options: [
            'You may keep mailing them if sales are good',
            'Their data may no longer be used for direct marketing',
            'You must first ask for a reason',
          ],
          answer: 1,
          explanation:
            'The right to object to direct marketing (Art. 21) is absolute: once someone objects, you stop using their data for it.',
        },
        {
          id: 'minimise',
          prompt:
            'You need a list of emails for a webinar invite. The export dialog offers every field. What does data minimisation mean here?',
          options: [
            'Export everything in case it is useful later',
            'Export only the email column (and only the contacts invited)',
            'Export everything but delete the file after a year',
          ],
          answer: 1,
          explanation: 'Art. 5(1)(c): use only the data adequate and necessary for the purpose.',
        },
        {
          id: 'consent',
          prompt: 'Which is true of consent under GDPR?',
          options: ['It must be demonstrable and can be withdrawn', 'Once given it lasts forever', 'A bought list counts as consent'],
          answer: 0,
          explanation: 'Art. 6 and 7: you must be able to demonstrate consent, and people can withdraw it.',
        },
        {
          id: 'security',
          prompt: 'Which measures does GDPR Art. 32 name for securing personal data?',
          options: ['Pseudonymisation and encryption', 'Larger fonts', 'Sending more emails'],
          answer: 0,
          explanation: 'Art. 32 (security of processing) names pseudonymisation and encryption among appropriate measures.',
        },
      ],
      tips: [
        {
          id: 'export-gdpr-minimise',
          pageKinds: ['export'],
          text: 'GDPR data minimisation: choose only the columns the task needs before you export.',
        },
      ],
    },
    de,
  },
});
