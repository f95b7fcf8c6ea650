import { defineLesson } from '../types';
import de from './de/protecting-data';

export default defineLesson({
  id: 'protecting-data',
  minutes: 3,
  passMark: 3 / 4,
  sources: ['seed: How Can Marketers Ensure Customer Data is Protected?'],
  text: {
    en: {
      title: 'Protecting customer data',
      summary: 'Five habits that keep the data in your ESP safe.',
      sections: [
        {
          heading: '1. Secure platforms',
          paragraphs: [
            'Use the email marketing platform your company approved, one that offers encryption and data protection features. Do not move lists into personal accounts, free tools or spreadsheets on your own drive.',
          ],
        },
        {
          heading: '2. Strong passwords and two-factor authentication',
          paragraphs: [
            'Use a strong, unique password for every ESP login, kept in a password manager, and turn on two-factor authentication. One stolen password can open every contact in the account.',
          ],
        },
        {
          heading: '3. Updates',
          paragraphs: ['Regularly update your browser, operating system and extensions: updates close the vulnerabilities attackers use.'],
        },
        {
          heading: '4. Training',
          paragraphs: [
            'Employees need training on data protection best practices and on why confidentiality matters. These lessons are part of that.',
          ],
        },
        {
          heading: '5. Least-privilege access',
          paragraphs: [
            'Limit access to customer data to those who need it for their job. In an ESP that means user roles: a copywriter rarely needs to export contacts; an agency gets access to one audience, not all; people who leave lose their login the same day.',
          ],
        },
      ],
      quiz: [
        {
          id: 'platform',
          prompt: 'A freelancer suggests uploading your subscriber list to a free online tool to “clean it up”. What should you do?',
          options: [
            'Upload it: the tool is popular',
            'Keep the list in the approved, secure platform and ask your lead before any new tool gets customer data',
            'Email the list to the freelancer so they can do it',
          ],
          answer: 1,
          explanation:
            'Customer data belongs in secure platforms that offer encryption and data protection. A new tool is a new place the data can leak from.',
        },
        {
          id: '2fa',
          prompt: 'What protects an ESP login best?',
          options: [
            'A password you also use elsewhere',
            'A strong, unique password plus two-factor authentication',
            'A password shared by the whole team',
          ],
          answer: 1,
          explanation:
            'Strong password policies and two-factor authentication are both named. A shared or reused password cannot be traced or contained.',
        },
        {
          id: 'updates',
          prompt: 'Your browser shows “Update available”. Why does it matter for customer data?',
          options: [
            'It doesn’t: updates are only new features',
            'Updates fix vulnerabilities attackers could use to reach the data you work with',
            'Only the ESP needs updates, not your computer',
          ],
          answer: 1,
          explanation: 'Regularly updating software and systems protects against vulnerabilities.',
        },
        {
          id: 'access',
          prompt: 'A new copywriter joins. Which ESP role fits least-privilege access?',
          options: ['Admin, so they never get blocked', 'A role that can edit campaigns but not view or export contacts', 'Your own login'],
          answer: 1,
          explanation: 'Limit access to customer data to those who need it for their job. Writing copy does not need the contact list.',
        },
      ],
      tips: [
        {
          id: 'general-2fa',
          pageKinds: ['other'],
          text: 'Use a strong, unique password and two-factor authentication on every ESP account.',
        },
        {
          id: 'contact-least-privilege',
          pageKinds: ['contact'],
          text: 'Open a contact profile only when your task needs it. Access on a need-to-know basis is the core of confidentiality.',
        },
        {
          id: 'general-updates',
          pageKinds: ['other'],
          text: 'Install browser and system updates promptly: they close holes that could expose the data you work with.',
        },
      ],
    },
    de,
  },
});
