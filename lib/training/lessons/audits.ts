import { defineLesson } from '../types';
import de from './de/audits';

export default defineLesson({
  id: 'audits',
  minutes: 2,
  passMark: 2 / 3,
  sources: ['seed: What Practices Can Help Maintain Confidentiality? (regular audits)', 'esp-reference.md §3 CS-7'],
  text: {
    en: {
      title: 'Auditing how you handle data',
      summary: 'Look regularly at who can reach customer data and where copies of it went.',
      sections: [
        {
          heading: 'Why audit',
          paragraphs: [
            'Regularly audit and monitor data handling practices to make sure they comply with regulations. Habits drift: a one-off export becomes a weekly file, a freelancer keeps their login after the project ends.',
          ],
        },
        {
          heading: 'A short ESP checklist',
          bullets: [
            'Users and roles: does everyone with access still need it, at that level?',
            'Integrations and API keys: which apps can read your contacts? Remove the ones nobody uses.',
            'Exports: where did exported files go, and have they been deleted?',
            'Lists: where did each list come from, and is the consent recorded?',
            'Vendors and agencies: do they follow the same rules? You stay responsible for what they do on your behalf.',
          ],
        },
        {
          heading: 'Confidant’s audit log',
          paragraphs: [
            'Confidant records exports, revealed values, campaign checks and completed lessons as metadata only (counts, types, dates, never the personal data itself), so your team lead can review practice without seeing customer data.',
          ],
        },
      ],
      quiz: [
        {
          id: 'what',
          prompt: 'Which of these belongs in a data handling audit of your ESP?',
          options: ['Who has access and at which role', 'The colour of the campaign template', 'The number of emojis in subject lines'],
          answer: 0,
          explanation: 'Audits check data handling: access, integrations, exports, consent sources and vendors.',
        },
        {
          id: 'freelancer',
          prompt: 'An audit finds a freelancer whose project ended months ago still has an ESP login. What now?',
          options: [
            'Leave it, they might come back',
            'Remove the access: only people who need data for their job should have it',
            'Change the freelancer’s password yourself and keep the account',
          ],
          answer: 1,
          explanation: 'Audits exist to catch this: access should be limited to those who need it.',
        },
        {
          id: 'log',
          prompt: 'What does Confidant’s audit log store about an export?',
          options: [
            'The exported file',
            'Metadata such as when, where and what decision, never the personal data',
            'The email addresses in it',
          ],
          answer: 1,
          explanation: 'The log holds counts, types and decisions so it can be reviewed without exposing customers.',
        },
      ],
      tips: [
        {
          id: 'general-audit',
          pageKinds: ['other', 'audience'],
          text: 'Review regularly who has access to your ESP account and which integrations can read contacts; remove what nobody needs.',
        },
      ],
    },
    de,
  },
});
