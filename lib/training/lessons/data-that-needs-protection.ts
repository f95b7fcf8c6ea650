import { defineLesson } from '../types';
import de from './de/data-that-needs-protection';

export default defineLesson({
  id: 'data-that-needs-protection',
  minutes: 2,
  passMark: 2 / 3,
  sources: ['seed: What Types of Customer Data Need Protection?'],
  text: {
    en: {
      title: 'Which customer data needs protection',
      summary: 'Recognise the personal data in an ESP: not just email addresses.',
      sections: [
        {
          heading: 'The list',
          paragraphs: ['In email marketing, these kinds of customer data need protection:'],
          bullets: ['Email addresses', 'Names', 'Phone numbers', 'Mailing addresses', 'Purchase history', 'Preferences and behaviours'],
        },
        {
          heading: 'Where you meet it in an ESP',
          bullets: [
            'Audience and contact tables: email, name, phone, address columns.',
            'Contact profiles: order history synced from the shop, tags, preferences, activity such as opens and clicks.',
            'Segments: a segment built on behaviour (“clicked running shoes twice”) describes people’s preferences.',
            'Exports and test sends: every copy of the data needs the same care as the original.',
          ],
        },
        {
          heading: 'What Confidant looks for',
          paragraphs: [
            'Confidant counts and masks email addresses, phone numbers, postal addresses, names and purchase records on screen, and also watches for payment card numbers, IBANs, national ID numbers, IP addresses and dates of birth, which should rarely appear in marketing tools at all.',
          ],
        },
      ],
      quiz: [
        {
          id: 'behaviour',
          prompt:
            'A segment is defined as “opened 5+ emails and bought running shoes”. Is the data behind it customer data that needs protection?',
          options: [
            'No, it is only marketing statistics',
            'Yes: purchase history and behaviour are on the list of data to protect',
            'Only if the segment has more than 1,000 people',
          ],
          answer: 1,
          explanation:
            'Purchase history and preferences and behaviours are named alongside email addresses and names as data that needs protection.',
        },
        {
          id: 'email-alone',
          prompt: 'Does a list of email addresses without names still need protecting?',
          options: [
            'Yes, email addresses are personal data to protect',
            'No, without names nobody can be identified',
            'Only if the addresses are from company domains',
          ],
          answer: 0,
          explanation: 'Email addresses come first on the list of customer data that needs protection.',
        },
        {
          id: 'which',
          prompt: 'Which of these on a contact profile needs protection?',
          options: ['The mailing address', 'The phone number', 'The order history', 'All of them'],
          answer: 3,
          explanation: 'Mailing addresses, phone numbers and purchase history are all on the list.',
        },
      ],
      tips: [
        {
          id: 'contact-behaviour',
          pageKinds: ['contact'],
          text: 'Purchase history, preferences and behaviour (opens, clicks) need the same care as an email address.',
        },
      ],
    },
    de,
  },
});
