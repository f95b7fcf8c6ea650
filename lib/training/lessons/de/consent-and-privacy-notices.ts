import type { LessonText } from '../../types';

const de: LessonText = {
  title: 'Einwilligung und Datenschutzhinweise',
  summary: 'Erst fragen, klar erklären und den Nachweis aufbewahren.',
  sections: [
    {
      heading: 'Ausdrückliche Einwilligung',
      paragraphs: [
        'Holen Sie die ausdrückliche Einwilligung der Kunden ein, bevor Sie ihre Daten erheben und nutzen. Im ESP: Anmeldeformulare mit nicht angekreuztem Kästchen, Double-Opt-in, wo Ihre Liste es anbietet, und ein Nachweis, wann und wo sich jede Person angemeldet hat.',
        'Eine gekaufte oder geliehene Liste enthält keine Einwilligung der Menschen darauf, E-Mails von Ihnen zu bekommen. Importieren Sie sie nicht.',
      ],
    },
    {
      heading: 'Klare Datenschutzerklärungen',
      paragraphs: [
        'Stellen Sie eine klare, transparente Datenschutzerklärung bereit, die erklärt, wie Kundendaten genutzt werden, und verlinken Sie sie dort, wo Daten erhoben werden, und in Ihren E-Mails.',
      ],
    },
    {
      heading: 'Kunden informiert halten',
      bullets: [
        'Kommunizieren Sie Ihre Datenschutzregeln in allen Kundenkontakten klar.',
        'Informieren Sie ausführlich über die Sicherheitsmaßnahmen, die die Daten schützen.',
        'Versichern Sie Kunden, dass mit ihren Daten verantwortungsvoll und ethisch umgegangen wird.',
      ],
    },
  ],
  quiz: [
    {
      id: 'import',
      prompt: 'Ein Partner bietet eine Liste mit 5.000 „interessierten Leads“ zum Import an. Wo ist das Problem?',
      options: [
        'Keines, mehr Kontakte sind besser',
        'Die Menschen darauf haben nie eingewilligt, E-Mails von Ihnen zu bekommen',
        'Die Datei ist wahrscheinlich zu groß',
      ],
      answer: 1,
      explanation:
        'Die Einwilligung muss vor Erhebung und Nutzung der Daten eingeholt werden. Eine Liste von jemand anderem enthält keine Einwilligung für Sie.',
    },
    {
      id: 'policy',
      prompt: 'Was soll eine Datenschutzerklärung leisten?',
      options: ['Klar erklären, wie Kundendaten genutzt werden', 'So lang wie möglich sein, damit sie niemand liest', 'Intern bleiben'],
      answer: 0,
      explanation: 'Datenschutzerklärungen sollen klar und transparent darlegen, wie Kundendaten genutzt werden.',
    },
    {
      id: 'proof',
      prompt: 'Warum Anmeldedatum und -quelle jedes Kontakts aufbewahren?',
      options: [
        'Um die Einwilligung, auf die Sie sich stützen, bei Bedarf nachzuweisen',
        'Es wird für die Darstellung der E-Mail gebraucht',
        'Es ist nicht nützlich',
      ],
      answer: 0,
      explanation:
        'Auf eine Einwilligung, die Sie nicht nachweisen können, können Sie sich kaum stützen; nach der DSGVO muss sie nachweisbar sein.',
    },
  ],
  tips: [
    {
      id: 'audience-consent',
      pageKinds: ['audience'],
      text: 'Fragen Sie vor einem Import, wie die Einwilligung eingeholt wurde. Kein Nachweis, kein Import.',
    },
  ],
};

export default de;
