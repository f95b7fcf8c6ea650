import { defineLesson } from '../types';
import de from './de/casl';

export default defineLesson({
  id: 'casl',
  minutes: 2,
  passMark: 2 / 3,
  sources: ['esp-reference.md §3 CASL-1..4 (not in the seed article, which names GDPR, CCPA and CAN-SPAM)'],
  text: {
    en: {
      title: 'CASL: emailing people in Canada',
      summary: 'Canada’s Anti-Spam Legislation asks for consent, identification and a working unsubscribe.',
      sections: [
        {
          heading: 'Consent first',
          paragraphs: [
            'CASL needs consent before you send commercial email: express consent, which cannot be collected with a pre-ticked box, or implied consent, for example from an existing business relationship, which is limited in time.',
          ],
        },
        {
          heading: 'In every message',
          bullets: [
            'Identify who sends the message and, if different, on whose behalf it is sent.',
            'A mailing address and at least one of: a phone number, an email address or a web address.',
            'An unsubscribe mechanism that costs nothing, is easy to use and needs no login.',
          ],
        },
        {
          heading: 'Honouring unsubscribes',
          bullets: [
            'The unsubscribe mechanism must stay valid for at least 60 days after sending.',
            'Unsubscribes must take effect within 10 business days.',
          ],
        },
      ],
      quiz: [
        {
          id: 'preticked',
          prompt: 'Your sign-up form has “Yes, send me offers” already ticked. Does that give express consent under CASL?',
          options: ['Yes', 'No: express consent cannot be collected with a pre-ticked box', 'Only for customers in Quebec'],
          answer: 1,
          explanation: 'Express consent requires the person’s own action; a pre-ticked box does not count.',
        },
        {
          id: 'contact',
          prompt: 'Besides a mailing address, what must a CASL-compliant message include?',
          options: ['A phone number, an email address or a web address', 'The recipient’s date of birth', 'Nothing else'],
          answer: 0,
          explanation: 'CASL asks for a mailing address and at least one further contact method: phone, email or web.',
        },
        {
          id: 'login',
          prompt: 'The unsubscribe link leads to a page that asks the subscriber to log in first. Is that OK under CASL?',
          options: ['Yes, it proves who they are', 'No: unsubscribing must be readily performed, without a login', 'Only on mobile'],
          answer: 1,
          explanation: 'The mechanism must be free and easy to use. A login wall is an obstacle.',
        },
      ],
      tips: [
        {
          id: 'campaign-casl-contact',
          pageKinds: ['campaign-editor'],
          text: 'Mailing Canada? The footer needs your mailing address plus a phone number, email or web address (CASL).',
        },
      ],
    },
    de,
  },
});
