import { defineLesson } from '../types';
import de from './de/on-screen-exposure';

export default defineLesson({
  id: 'on-screen-exposure',
  minutes: 2,
  passMark: 2 / 3,
  sources: [
    'seed: How Can Marketers Ensure Customer Data is Protected? (limit access)',
    'esp-reference.md §3 GDPR-3, GDPR-4 (mask on screen by default)',
  ],
  text: {
    en: {
      title: 'On-screen exposure and screen sharing',
      summary: 'What is on your screen is shared with everyone who can see it.',
      sections: [
        {
          heading: 'Screens leak too',
          paragraphs: [
            'Access to customer data should be limited to those who need it. A screen share, a screenshot in a slide deck or a colleague looking over your shoulder gives access just as an export does.',
          ],
        },
        {
          heading: 'Habits that help',
          bullets: [
            'Before sharing your screen, switch to a tab without subscriber data, or share a single window instead of the whole screen.',
            'Show only the columns you need in audience tables.',
            'For reports and slides, use counts and charts, not screenshots of contact lists.',
            'Lock your screen when you step away.',
          ],
        },
        {
          heading: 'Confidant’s masking',
          paragraphs: [
            'Confidant masks personal data on ESP pages (partly, like j•••@e•••.com, or fully, as your policy says). Reveal a value only when your task needs it: reveals are logged, and your policy may ask for a reason.',
          ],
        },
      ],
      quiz: [
        {
          id: 'share',
          prompt: 'You are about to share your screen in a meeting with a partner, and the audience table is open. What do you do?',
          options: [
            'Share it: the partner is trusted',
            'Switch to a tab without subscriber data, or share one window only',
            'Zoom out so the text is small',
          ],
          answer: 1,
          explanation: 'Anyone watching the share sees what you see. Only show customer data to people who need it.',
        },
        {
          id: 'report',
          prompt: 'Your monthly report needs to show list growth. What belongs on the slide?',
          options: ['A screenshot of the newest subscribers', 'A chart of subscriber counts', 'A photo of the screen'],
          answer: 1,
          explanation: 'Counts tell the story without exposing anyone.',
        },
        {
          id: 'reveal',
          prompt: 'When should you reveal a masked value?',
          options: ['Always: masking is annoying', 'Only when the task needs that specific value', 'Before sharing the screen'],
          answer: 1,
          explanation: 'Masking keeps data out of view by default. Reveal only when you need to, and know that reveals are logged.',
        },
      ],
      tips: [
        {
          id: 'audience-minimise',
          pageKinds: ['audience'],
          text: 'Show only the columns you need. Fewer visible fields means less personal data in screenshots and screen shares.',
        },
        {
          id: 'audience-share-screen',
          pageKinds: ['audience', 'contact'],
          text: 'Before sharing your screen, switch to a tab without subscriber data: anyone watching sees what you see.',
        },
      ],
    },
    de,
  },
});
