import { defineLesson } from '../types';
import de from './de/exporting-safely';

export default defineLesson({
  id: 'exporting-safely',
  minutes: 2,
  passMark: 3 / 4,
  sources: [
    'seed: How Can Marketers Ensure Customer Data is Protected? (secure platforms, limited access)',
    'esp-reference.md §3 GDPR-3, GDPR-4, CS-6',
  ],
  text: {
    en: {
      title: 'Exporting and sharing lists safely',
      summary: 'Every export is a copy of customer data outside the secure platform. Make fewer, smaller, shorter-lived ones.',
      sections: [
        {
          heading: 'Before you export',
          bullets: [
            'Ask whether you need a file at all. A colleague who only needs to send to a group can often use a segment inside the ESP.',
            'Export only the fields and contacts the task needs (GDPR data minimisation).',
            'Leave unsubscribed contacts out: opted-out addresses must not be sold or transferred.',
          ],
        },
        {
          heading: 'While you have the file',
          bullets: [
            'Keep it in storage your company approved, not on a personal drive or USB stick.',
            'Share it through access-controlled, encrypted channels, not as an email attachment or a public link.',
            'Give it only to people who need it for their job.',
          ],
        },
        {
          heading: 'Afterwards',
          paragraphs: [
            'Delete the file, and any copies, when the task is done. Confidant logs each export and may ask for a reason, or for this lesson first, depending on your team’s policy.',
          ],
        },
      ],
      quiz: [
        {
          id: 'segment',
          prompt: 'A colleague needs to send a campaign to VIP customers. What is the safest way?',
          options: [
            'Export the VIPs to CSV and email it',
            'Share a segment inside the ESP so no file leaves the platform',
            'Print the list',
          ],
          answer: 1,
          explanation: 'A segment keeps the data inside the secure platform. No copy means nothing to leak.',
        },
        {
          id: 'fields',
          prompt: 'For a thank-you mailing by a partner, which fields should the export contain?',
          options: [
            'All fields, to be safe',
            'Only those the task needs, for example email and first name',
            'All fields plus purchase history',
          ],
          answer: 1,
          explanation: 'Data minimisation: only the data the purpose needs.',
        },
        {
          id: 'share',
          prompt: 'How should you share an export with an agency?',
          options: [
            'As an email attachment',
            'Through an approved, access-controlled, encrypted channel',
            'With a public link so it is easy to open',
          ],
          answer: 1,
          explanation:
            'Attachments and public links get forwarded and stay around. Approved, access-controlled, encrypted storage limits who can reach the data.',
        },
        {
          id: 'after',
          prompt: 'The campaign is over. What happens to the export?',
          options: ['Keep it in Downloads in case it is useful', 'Delete it and any copies', 'Upload it to a personal cloud backup'],
          answer: 1,
          explanation: 'A file that no longer serves a purpose is only a risk.',
        },
      ],
      tips: [
        {
          id: 'export-minimise',
          pageKinds: ['export'],
          text: 'Export only the fields and contacts the task needs, keep the file in approved storage and delete it when done.',
        },
        {
          id: 'audience-segment',
          pageKinds: ['audience'],
          text: 'Share a segment inside the ESP instead of a CSV when a colleague only needs to send to a group.',
        },
      ],
    },
    de,
  },
});
