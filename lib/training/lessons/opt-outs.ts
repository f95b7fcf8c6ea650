import { defineLesson } from '../types';
import de from './de/opt-outs';

export default defineLesson({
  id: 'opt-outs',
  minutes: 2,
  passMark: 3 / 4,
  sources: [
    'seed: What Practices Can Help Maintain Confidentiality? (easy opt-out)',
    'esp-reference.md §3 CS-1, CS-6, CASL-3, GDPR-2, BULK-1..3',
  ],
  text: {
    en: {
      title: 'Opt-outs and honouring them',
      summary: 'Make leaving easy, act on it quickly, and never bring people back by the back door.',
      sections: [
        {
          heading: 'Easy to find, easy to use',
          paragraphs: [
            'Offer easy opt-out mechanisms for customers who no longer wish to receive emails: a visible unsubscribe link in every marketing email, free to use, with no login.',
            'Gmail and Yahoo expect bulk senders to support one-click unsubscribe (the List-Unsubscribe headers most ESPs add) as well as a clearly visible link in the body.',
          ],
        },
        {
          heading: 'How fast',
          bullets: [
            'CAN-SPAM: within 10 business days; the link must work for at least 30 days after sending.',
            'CASL: within 10 business days; the mechanism must stay valid for at least 60 days.',
            'Gmail’s bulk-sender guidelines: within 2 days.',
            'GDPR: when someone objects to direct marketing, stop using their data for it.',
          ],
        },
        {
          heading: 'No back doors',
          bullets: [
            'Do not re-import or re-subscribe people who unsubscribed, for example from an old spreadsheet.',
            'Do not sell or transfer the addresses of people who opted out. Confidant flags exports that include unsubscribed contacts.',
          ],
        },
      ],
      quiz: [
        {
          id: 'reimport',
          prompt: 'An old spreadsheet contains contacts who have since unsubscribed. May you import it to “refresh” the list?',
          options: ['Yes, they were customers once', 'No: opted-out contacts must stay suppressed', 'Yes, if you remove their names'],
          answer: 1,
          explanation: 'Honouring an opt-out means it stays honoured. Re-importing the address brings the person back without their will.',
        },
        {
          id: 'gmail',
          prompt: 'What do Gmail and Yahoo expect from bulk senders?',
          options: [
            'One-click unsubscribe headers and a clearly visible unsubscribe link',
            'An unsubscribe link in small grey text only',
            'Unsubscribe by reply email within 30 days',
          ],
          answer: 0,
          explanation:
            'Gmail asks for both: one-click unsubscribe support and a clearly visible link in the body, processed within 2 days.',
        },
        {
          id: 'casl',
          prompt: 'How long must a CASL unsubscribe mechanism keep working after a message is sent?',
          options: ['7 days', 'At least 60 days', 'Until the next campaign'],
          answer: 1,
          explanation:
            'CASL requires the mechanism to be valid for at least 60 days, with unsubscribes taking effect within 10 business days.',
        },
        {
          id: 'export-unsub',
          prompt: 'A partner asks for your unsubscribed contacts “to avoid emailing them”. What does CAN-SPAM say?',
          options: [
            'Send them: it helps the partner',
            'Do not sell or transfer the addresses of people who opted out',
            'Only send the ones from last year',
          ],
          answer: 1,
          explanation: 'CAN-SPAM forbids selling or transferring opted-out addresses.',
        },
      ],
      tips: [
        {
          id: 'audience-no-reimport',
          pageKinds: ['audience'],
          text: 'Never re-import or re-subscribe contacts who opted out: keep them suppressed.',
        },
        {
          id: 'export-unsubscribed',
          pageKinds: ['export'],
          text: 'Leave unsubscribed contacts out of exports: opted-out addresses must not be sold or transferred (CAN-SPAM).',
        },
      ],
    },
    de,
  },
});
