import type { LessonText } from '../../types';

const de: LessonText = {
  title: 'Was Kundenvertraulichkeit bedeutet',
  summary: 'Warum Menschen auf Ihren Listen Ihnen ihre Daten anvertrauen und was Sie ihnen dafür versprechen.',
  sections: [
    {
      heading: 'Die Idee',
      paragraphs: [
        'Kundenvertraulichkeit im E-Mail-Marketing heißt: die persönlichen Informationen der Menschen schützen, die Ihre Kampagnen erhalten und darauf reagieren, und sie nur so erheben, speichern und nutzen, wie es Datenschutzgesetze und -vorschriften erlauben.',
        'Im ESP-Dashboard betrifft das alles, was Sie sehen und bearbeiten: die Zielgruppentabelle, ein Kontaktprofil, ein Segment, einen Export, einen Testversand.',
      ],
    },
    {
      heading: 'Warum es wichtig ist',
      bullets: [
        'Vertrauen: Kunden reagieren auf Ihre E-Mails und teilen ihre Daten, wenn sie darauf vertrauen, dass ihre Privatsphäre respektiert wird.',
        'Wer Kundendaten nicht schützt, riskiert Sicherheitsvorfälle, Vertrauensverlust und rechtliche Folgen.',
        'Es ist nicht nur eine gesetzliche Pflicht, sondern die Grundlage langfristiger Kundenbeziehungen.',
      ],
    },
    {
      heading: 'In Ihrer täglichen Arbeit',
      bullets: [
        'Nutzen Sie personenbezogene Daten nur für die Aufgabe, die gerade ansteht.',
        'Zeigen Sie sie nur Kolleginnen und Kollegen, die sie für ihre Arbeit brauchen.',
        'Sagen Sie Kunden offen, wie mit ihren Daten umgegangen wird.',
      ],
    },
  ],
  quiz: [
    {
      id: 'definition',
      prompt: 'Welche Aussage beschreibt Kundenvertraulichkeit im E-Mail-Marketing am besten?',
      options: [
        'Öffnungsraten von Kampagnen vor der Konkurrenz geheim halten',
        'Personenbezogene Daten der Kunden schützen und sie nur im Einklang mit Datenschutzgesetzen erheben, speichern und nutzen',
        'Kampagnen von einer Adresse senden, auf die niemand antworten kann',
      ],
      answer: 1,
      explanation:
        'Vertraulichkeit betrifft die persönlichen Informationen der Kunden: wie sie geschützt werden und dass sie gesetzeskonform erhoben, gespeichert und genutzt werden.',
    },
    {
      id: 'why',
      prompt: 'Warum ist Vertraulichkeit für ein Marketingteam wichtig, auch abgesehen von Bußgeldern?',
      options: [
        'Kunden reagieren eher und teilen eher Daten, wenn sie darauf vertrauen, dass ihre Privatsphäre respektiert wird',
        'E-Mails laden dadurch schneller',
        'Man darf dann Menschen ohne Einwilligung anschreiben',
      ],
      answer: 0,
      explanation:
        'Der Artikel nennt Vertrauen zuerst: Wer seine Privatsphäre respektiert sieht, reagiert eher und teilt eher seine Daten.',
    },
    {
      id: 'screenshot',
      prompt:
        'Ein Kollege aus einem anderen Team möchte einen Screenshot Ihrer Zielgruppentabelle, „nur um zu sehen, wer sich angemeldet hat“. Was passt am besten zur Vertraulichkeit?',
      options: [
        'Den Screenshot schicken: Er arbeitet ja in derselben Firma',
        'Teilen, was seine Aufgabe braucht, etwa Anmeldezahlen, nicht die personenbezogenen Daten',
        'Ihn im firmenweiten Chat posten, damit alle das Wachstum sehen',
      ],
      answer: 1,
      explanation:
        'Zugriff auf Kundendaten sollte auf die beschränkt sein, die ihn für ihre Arbeit brauchen. Zahlen beantworten die Frage, ohne jemanden preiszugeben.',
    },
  ],
  tips: [
    {
      id: 'general-trust',
      pageKinds: ['other'],
      text: 'Menschen geben Ihnen ihre Daten, weil sie Ihnen vertrauen. Nutzen Sie sie nur für die Aufgabe, die gerade ansteht.',
    },
  ],
};

export default de;
