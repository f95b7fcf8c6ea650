import type { LessonText } from '../../types';

const de: LessonText = {
  title: 'Daten auf dem Bildschirm und Bildschirmfreigabe',
  summary: 'Was auf Ihrem Bildschirm ist, sieht jeder, der ihn sehen kann.',
  sections: [
    {
      heading: 'Auch Bildschirme geben Daten preis',
      paragraphs: [
        'Zugriff auf Kundendaten sollte auf die beschränkt sein, die ihn brauchen. Eine Bildschirmfreigabe, ein Screenshot in einer Präsentation oder ein Blick über die Schulter gewährt Zugriff genau wie ein Export.',
      ],
    },
    {
      heading: 'Gewohnheiten, die helfen',
      bullets: [
        'Wechseln Sie vor einer Bildschirmfreigabe zu einem Tab ohne Abonnentendaten, oder teilen Sie nur ein einzelnes Fenster statt des ganzen Bildschirms.',
        'Blenden Sie in Zielgruppentabellen nur die Spalten ein, die Sie brauchen.',
        'Nutzen Sie für Berichte und Folien Zahlen und Diagramme, keine Screenshots von Kontaktlisten.',
        'Sperren Sie den Bildschirm, wenn Sie weggehen.',
      ],
    },
    {
      heading: 'Die Maskierung von Confidant',
      paragraphs: [
        'Confidant maskiert personenbezogene Daten auf ESP-Seiten (teilweise, etwa j•••@e•••.com, oder vollständig, je nach Richtlinie). Decken Sie einen Wert nur auf, wenn Ihre Aufgabe es verlangt: Aufdeckungen werden protokolliert, und Ihre Richtlinie kann nach einem Grund fragen.',
      ],
    },
  ],
  quiz: [
    {
      id: 'share',
      prompt: 'Sie wollen in einem Meeting mit einem Partner Ihren Bildschirm teilen, und die Zielgruppentabelle ist offen. Was tun Sie?',
      options: [
        'Teilen: Der Partner ist vertrauenswürdig',
        'Zu einem Tab ohne Abonnentendaten wechseln oder nur ein Fenster teilen',
        'Herauszoomen, damit die Schrift klein ist',
      ],
      answer: 1,
      explanation: 'Wer die Freigabe sieht, sieht, was Sie sehen. Zeigen Sie Kundendaten nur denen, die sie brauchen.',
    },
    {
      id: 'report',
      prompt: 'Ihr Monatsbericht soll das Listenwachstum zeigen. Was gehört auf die Folie?',
      options: ['Ein Screenshot der neuesten Abonnenten', 'Ein Diagramm der Abonnentenzahlen', 'Ein Foto des Bildschirms'],
      answer: 1,
      explanation: 'Zahlen erzählen die Geschichte, ohne jemanden preiszugeben.',
    },
    {
      id: 'reveal',
      prompt: 'Wann sollten Sie einen maskierten Wert aufdecken?',
      options: ['Immer: Maskierung nervt', 'Nur wenn die Aufgabe genau diesen Wert braucht', 'Vor einer Bildschirmfreigabe'],
      answer: 1,
      explanation:
        'Maskierung hält Daten standardmäßig aus dem Blick. Decken Sie nur auf, wenn nötig, und denken Sie daran, dass Aufdeckungen protokolliert werden.',
    },
  ],
  tips: [
    {
      id: 'audience-minimise',
      pageKinds: ['audience'],
      text: 'Blenden Sie nur die Spalten ein, die Sie brauchen. Weniger sichtbare Felder heißt weniger personenbezogene Daten in Screenshots und Bildschirmfreigaben.',
    },
    {
      id: 'audience-share-screen',
      pageKinds: ['audience', 'contact'],
      text: 'Wechseln Sie vor einer Bildschirmfreigabe zu einem Tab ohne Abonnentendaten: Wer zuschaut, sieht, was Sie sehen.',
    },
  ],
};

export default de;
