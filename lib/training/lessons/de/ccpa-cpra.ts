import type { LessonText } from '../../types';

const de: LessonText = {
  title: 'CCPA und CPRA: Datenschutzrechte in Kalifornien',
  summary: 'Was Einwohner Kaliforniens von Ihnen verlangen können und was das für Ihre Listen bedeutet.',
  sections: [
    {
      heading: 'Worum es geht',
      paragraphs: [
        'Der California Consumer Privacy Act (CCPA), geändert durch den California Privacy Rights Act (CPRA), gibt Einwohnern Kaliforniens Rechte an ihren persönlichen Informationen und verpflichtet Unternehmen, die damit umgehen.',
      ],
    },
    {
      heading: 'Rechte, die Menschen nutzen können',
      bullets: [
        'Zu erfahren, welche persönlichen Informationen Sie über sie haben.',
        'Sie löschen und berichtigen zu lassen.',
        'Dem Verkauf oder der Weitergabe ihrer persönlichen Informationen zu widersprechen (Opt-out).',
        'Die Nutzung sensibler persönlicher Informationen zu beschränken.',
      ],
    },
    {
      heading: 'Was das in Ihrem ESP bedeutet',
      bullets: [
        'Hinweis bei der Erhebung: Anmeldeformulare und E-Mails sollten auf die Datenschutzerklärung verlinken, die erklärt, wie die Daten genutzt werden.',
        'Ein Anmeldeanreiz (etwa 10 % Rabatt fürs Eintragen) braucht einen Hinweis auf den finanziellen Anreiz.',
        'Lösch- und Opt-out-Anfragen müssen überall umgesetzt werden, wo die Daten liegen, auch im ESP und in Exporten.',
      ],
    },
  ],
  quiz: [
    {
      id: 'rights',
      prompt: 'Welches davon ist ein Recht nach CCPA/CPRA?',
      options: [
        'Dem Verkauf oder der Weitergabe der eigenen persönlichen Informationen zu widersprechen',
        'Einen Rabatt zu bekommen',
        'Die Daten anderer Kunden einzusehen',
      ],
      answer: 0,
      explanation:
        'Zu den Rechten gehören Auskunft, Löschung, Berichtigung, Opt-out vom Verkauf oder der Weitergabe und die Beschränkung der Nutzung sensibler Informationen.',
    },
    {
      id: 'incentive',
      prompt: 'Ihr Pop-up bietet 10 % Rabatt gegen eine E-Mail-Adresse. Was verlangt der CCPA?',
      options: ['Nichts, Rabatte sind nicht geregelt', 'Einen Hinweis auf den finanziellen Anreiz', 'Einen Anruf bei jedem Abonnenten'],
      answer: 1,
      explanation: 'Etwas Wertvolles im Tausch gegen persönliche Daten ist ein finanzieller Anreiz und braucht einen eigenen Hinweis.',
    },
    {
      id: 'delete',
      prompt:
        'Eine Kundin aus Kalifornien verlangt die Löschung ihrer Daten. Sie steht auch im CSV-Export vom letzten Monat auf dem geteilten Laufwerk. Und nun?',
      options: [
        'Nur im ESP löschen',
        'Dafür sorgen, dass die Anfrage überall umgesetzt wird, wo die Daten liegen, auch in diesem Export',
        'Ignorieren: Exporte sind nicht betroffen',
      ],
      answer: 1,
      explanation: 'Löschanfragen müssen umgesetzt werden. Jede Kopie zählt, ein Grund mehr, wenige Exporte aufzubewahren.',
    },
  ],
  tips: [
    {
      id: 'campaign-privacy-link',
      pageKinds: ['campaign-editor'],
      text: 'Verlinken Sie Ihre Datenschutzerklärung in der Fußzeile: Menschen sollen immer herausfinden können, wie ihre Daten genutzt werden.',
    },
  ],
};

export default de;
