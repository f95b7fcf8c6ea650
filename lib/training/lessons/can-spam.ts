import { defineLesson } from '../types';
import de from './de/can-spam';

export default defineLesson({
  id: 'can-spam',
  minutes: 3,
  passMark: 3 / 4,
  sources: ['seed: What Are the Legal Requirements? (CAN-SPAM)', 'esp-reference.md §3 CS-1..CS-7 (15 U.S.C. §7704, FTC guide)'],
  text: {
    en: {
      title: 'CAN-SPAM: what every US commercial email needs',
      summary: 'Check the footer, the sender and the opt-out before you press send.',
      sections: [
        {
          heading: 'What it is',
          paragraphs: [
            'The CAN-SPAM Act is a US law that sets requirements for commercial emails, including giving recipients a way to opt out and making sure the sender information is accurate.',
          ],
        },
        {
          heading: 'Before you send',
          bullets: [
            'A clear and conspicuous way to opt out in every commercial email: a visible unsubscribe link.',
            'A valid physical postal address: a street address, a post office box registered with the US Postal Service, or a private mailbox registered with a commercial mail receiving agency.',
            'From, Reply-To and routing information that is not false or misleading.',
            'A subject line that is not deceptive.',
            'Identify the message as an advertisement, unless the recipients gave prior affirmative consent.',
          ],
        },
        {
          heading: 'After you send',
          bullets: [
            'Honour opt-out requests within 10 business days.',
            'The opt-out mechanism must keep working for at least 30 days after sending.',
            'Never sell or transfer the addresses of people who opted out.',
            'You stay responsible for what others, such as an agency, send on your behalf: monitor them.',
          ],
        },
      ],
      quiz: [
        {
          id: 'footer',
          prompt: 'Which footer meets CAN-SPAM?',
          options: [
            '“© Brand” only',
            'A visible unsubscribe link and a valid physical postal address',
            'A link to your social media accounts',
          ],
          answer: 1,
          explanation: 'Every commercial email needs a clear opt-out and a valid physical postal address.',
        },
        {
          id: 'deadline',
          prompt: 'Someone unsubscribes today. By when must the opt-out be honoured under CAN-SPAM?',
          options: ['Within 10 business days', 'Within 6 months', 'Only when they complain'],
          answer: 0,
          explanation:
            'CAN-SPAM requires opt-outs to be honoured within 10 business days (and the mechanism must work for at least 30 days after sending).',
        },
        {
          id: 'sender',
          prompt: 'You send a promotion from “IT Support <it@yourbrand.com>” to get more opens. Is that OK?',
          options: [
            'Yes, if the offer is good',
            'No: header and sender information must not be false or misleading',
            'Yes, as long as there is an unsubscribe link',
          ],
          answer: 1,
          explanation: 'CAN-SPAM requires accurate sender information; a misleading From name breaks it regardless of the footer.',
        },
        {
          id: 'agency',
          prompt: 'An agency sends a campaign for your brand without a postal address. Who is responsible?',
          options: [
            'Only the agency',
            'Your company too: you must monitor what others do on your behalf',
            'Nobody, because the agency pressed send',
          ],
          answer: 1,
          explanation: 'The FTC guidance is clear that a company stays responsible for email sent on its behalf.',
        },
      ],
      tips: [
        {
          id: 'campaign-unsubscribe',
          pageKinds: ['campaign-editor'],
          text: 'Every marketing email needs a visible unsubscribe link and your postal address (CAN-SPAM, CASL).',
        },
        {
          id: 'campaign-sender',
          pageKinds: ['campaign-editor'],
          text: 'Check the From name and subject line: CAN-SPAM forbids misleading sender information and deceptive subjects.',
        },
      ],
    },
    de,
  },
});
