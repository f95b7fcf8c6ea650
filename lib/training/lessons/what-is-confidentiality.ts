import { defineLesson } from '../types';
import de from './de/what-is-confidentiality';

export default defineLesson({
  id: 'what-is-confidentiality',
  minutes: 2,
  passMark: 2 / 3,
  sources: ['seed: What is Customer Confidentiality; Why is it Important; Conclusion'],
  text: {
    en: {
      title: 'What customer confidentiality means',
      summary: 'Why the people on your lists trust you with their data, and what you promise them in return.',
      sections: [
        {
          heading: 'The idea',
          paragraphs: [
            'Customer confidentiality in email marketing means protecting the personal information of the people who receive and engage with your campaigns, and collecting, storing and using it only in ways that comply with privacy laws and regulations.',
            'In an ESP dashboard that covers everything you see and touch: the audience table, a contact profile, a segment, an export, a test send.',
          ],
        },
        {
          heading: 'Why it matters',
          bullets: [
            'Trust: customers engage with your emails and share their information when they believe their privacy is respected.',
            'Failing to protect customer data can lead to security breaches, lost trust and legal repercussions.',
            'It is not just a legal obligation: it is how you keep long-term relationships with customers.',
          ],
        },
        {
          heading: 'In your daily work',
          bullets: [
            'Use personal data only for the task in front of you.',
            'Show it only to colleagues who need it for their job.',
            'Be open with customers about how their data is handled.',
          ],
        },
      ],
      quiz: [
        {
          id: 'definition',
          prompt: 'Which statement best describes customer confidentiality in email marketing?',
          options: [
            'Keeping campaign open rates secret from competitors',
            'Protecting customers’ personal data and collecting, storing and using it in line with privacy laws',
            'Sending campaigns from an address customers cannot reply to',
          ],
          answer: 1,
          explanation:
            'Confidentiality is about the customers’ personal information: how it is protected, and that it is collected, stored and used in compliance with privacy laws.',
        },
        {
          id: 'why',
          prompt: 'Besides avoiding fines, why does confidentiality matter to a marketing team?',
          options: [
            'Customers engage more and share information when they trust that their privacy is respected',
            'It makes emails load faster',
            'It lets you email people without their consent',
          ],
          answer: 0,
          explanation:
            'The article puts trust first: people who believe their privacy is respected are more likely to engage and to share their information.',
        },
        {
          id: 'screenshot',
          prompt:
            'A colleague from another team asks for a screenshot of your audience table “just to see who signed up”. What fits confidentiality best?',
          options: [
            'Send the screenshot: they work for the same company',
            'Share what their task needs, such as sign-up counts, not the subscribers’ personal data',
            'Post it in the company-wide chat so everyone can see the growth',
          ],
          answer: 1,
          explanation:
            'Access to customer data should be limited to people who need it for their job. Counts answer “how many signed up” without exposing anyone.',
        },
      ],
      tips: [
        {
          id: 'general-trust',
          pageKinds: ['other'],
          text: 'People share their data with you because they trust you. Use it only for the task in front of you.',
        },
      ],
    },
    de,
  },
});
