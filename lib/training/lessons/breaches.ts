import { defineLesson } from '../types';
import de from './de/breaches';

export default defineLesson({
  id: 'breaches',
  minutes: 2,
  passMark: 2 / 3,
  sources: ['seed: What Are the Consequences of Failing to Protect Customer Data?'],
  text: {
    en: {
      title: 'What a breach costs, and what to do',
      summary: 'The damage a leak does, and the first steps when something goes wrong.',
      sections: [
        {
          heading: 'What failing to protect data costs',
          bullets: [
            'Data breaches: unauthorised access to sensitive information.',
            'Loss of customer trust and damage to the brand’s reputation.',
            'Legal penalties and fines for not complying with data protection rules.',
            'Financial losses from lawsuits and from customers engaging less.',
          ],
        },
        {
          heading: 'When something goes wrong',
          paragraphs: [
            'A breach is often small and ordinary: a list attached to the wrong email, a shared link left public, a screen shared with subscribers visible, a lost laptop with an export on it.',
          ],
          bullets: [
            'Report it at once to your team lead or your company’s privacy or security contact. Do not wait to see whether anything happens.',
            'Contain it where you can: ask the recipient to delete the file, revoke the share link, change a password that may be known.',
            'Write down what happened, when, which kinds of data and roughly how many people, without copying the personal data into your notes.',
            'Leave decisions about informing customers or authorities to the people your company’s incident procedure names.',
          ],
        },
      ],
      quiz: [
        {
          id: 'costs',
          prompt: 'Which is a consequence of failing to protect customer data?',
          options: ['Loss of trust, fines and financial losses', 'Faster email delivery', 'Higher open rates'],
          answer: 0,
          explanation: 'Breaches, lost trust and reputation, legal penalties and financial losses are the consequences named.',
        },
        {
          id: 'wrong-recipient',
          prompt: 'You emailed a customer export to the wrong person. What is the first thing to do?',
          options: [
            'Nothing, they will probably ignore it',
            'Report it immediately to your lead or privacy contact and ask the recipient to delete it',
            'Send the correct file and hope nobody notices',
          ],
          answer: 1,
          explanation: 'Report first and contain what you can: the sooner the right people know, the more harm can be prevented.',
        },
        {
          id: 'notes',
          prompt: 'When you write down what happened, what should your notes contain?',
          options: [
            'A copy of the leaked list, for reference',
            'What happened, when, which kinds of data and roughly how many people',
            'Nothing: it is better not to document it',
          ],
          answer: 1,
          explanation: 'Describe the incident without spreading the personal data further.',
        },
      ],
      tips: [
        {
          id: 'export-wrong-recipient',
          pageKinds: ['export'],
          text: 'Sent a list to the wrong person? Report it to your lead at once: speed limits the damage.',
        },
      ],
    },
    de,
  },
});
