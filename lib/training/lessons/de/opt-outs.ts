import type { LessonText } from '../../types';

const de: LessonText = {
  title: 'Abmeldungen ermöglichen und umsetzen',
  summary: 'Machen Sie das Abmelden leicht, handeln Sie schnell und holen Sie niemanden durch die Hintertür zurück.',
  sections: [
    {
      heading: 'Leicht zu finden, leicht zu nutzen',
      paragraphs: [
        'Bieten Sie einfache Abmeldemöglichkeiten für Kunden, die keine E-Mails mehr möchten: einen sichtbaren Abmeldelink in jeder Marketing-E-Mail, kostenlos, ohne Anmeldung.',
        'Gmail und Yahoo erwarten von Massenversendern eine Abmeldung mit einem Klick (die List-Unsubscribe-Header, die die meisten ESPs setzen) und zusätzlich einen gut sichtbaren Link im Text.',
      ],
    },
    {
      heading: 'Wie schnell',
      bullets: [
        'CAN-SPAM: innerhalb von 10 Werktagen; der Link muss mindestens 30 Tage nach dem Versand funktionieren.',
        'CASL: innerhalb von 10 Werktagen; die Abmeldemöglichkeit muss mindestens 60 Tage gültig bleiben.',
        'Gmails Richtlinien für Massenversender: innerhalb von 2 Tagen.',
        'DSGVO: Widerspricht jemand der Direktwerbung, nutzen Sie seine Daten nicht mehr dafür.',
      ],
    },
    {
      heading: 'Keine Hintertüren',
      bullets: [
        'Importieren oder abonnieren Sie Abgemeldete nicht erneut, etwa aus einer alten Tabelle.',
        'Verkaufen oder übertragen Sie die Adressen von Abgemeldeten nicht. Confidant markiert Exporte, die abgemeldete Kontakte enthalten.',
      ],
    },
  ],
  quiz: [
    {
      id: 'reimport',
      prompt:
        'Eine alte Tabelle enthält Kontakte, die sich inzwischen abgemeldet haben. Dürfen Sie sie importieren, um die Liste „aufzufrischen“?',
      options: ['Ja, sie waren ja einmal Kunden', 'Nein: Abgemeldete Kontakte müssen gesperrt bleiben', 'Ja, wenn Sie die Namen entfernen'],
      answer: 1,
      explanation:
        'Eine Abmeldung umzusetzen heißt, dass sie bestehen bleibt. Ein erneuter Import holt die Person gegen ihren Willen zurück.',
    },
    {
      id: 'gmail',
      prompt: 'Was erwarten Gmail und Yahoo von Massenversendern?',
      options: [
        'Abmelde-Header für die Ein-Klick-Abmeldung und einen gut sichtbaren Abmeldelink',
        'Nur einen Abmeldelink in kleiner grauer Schrift',
        'Abmeldung per Antwort-E-Mail innerhalb von 30 Tagen',
      ],
      answer: 0,
      explanation:
        'Gmail verlangt beides: Unterstützung der Ein-Klick-Abmeldung und einen gut sichtbaren Link im Text, umgesetzt innerhalb von 2 Tagen.',
    },
    {
      id: 'casl',
      prompt: 'Wie lange muss eine Abmeldemöglichkeit nach CASL nach dem Versand funktionieren?',
      options: ['7 Tage', 'Mindestens 60 Tage', 'Bis zur nächsten Kampagne'],
      answer: 1,
      explanation: 'CASL verlangt mindestens 60 Tage Gültigkeit; Abmeldungen müssen innerhalb von 10 Werktagen wirksam werden.',
    },
    {
      id: 'export-unsub',
      prompt: 'Ein Partner bittet um Ihre abgemeldeten Kontakte, „damit wir sie nicht anschreiben“. Was sagt CAN-SPAM?',
      options: [
        'Schicken: Es hilft dem Partner',
        'Adressen von Abgemeldeten nicht verkaufen oder weitergeben',
        'Nur die vom letzten Jahr schicken',
      ],
      answer: 1,
      explanation: 'CAN-SPAM verbietet, Adressen von Abgemeldeten zu verkaufen oder weiterzugeben.',
    },
  ],
  tips: [
    {
      id: 'audience-no-reimport',
      pageKinds: ['audience'],
      text: 'Importieren oder abonnieren Sie abgemeldete Kontakte nie erneut: Sie bleiben gesperrt.',
    },
    {
      id: 'export-unsubscribed',
      pageKinds: ['export'],
      text: 'Lassen Sie Abgemeldete aus Exporten heraus: Ihre Adressen dürfen nicht verkauft oder weitergegeben werden (CAN-SPAM).',
    },
  ],
};

export default de;
