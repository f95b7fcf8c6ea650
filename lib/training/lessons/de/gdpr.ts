import type { LessonText } from '../../types';

const de: LessonText = {
  title: 'DSGVO für E-Mail-Marketing',
  summary: 'Die EU-Regeln zu Erhebung, Verarbeitung und Speicherung personenbezogener Daten, soweit sie Ihre ESP-Arbeit betreffen.',
  sections: [
    {
      heading: 'Worum es geht',
      paragraphs: [
        'Die Datenschutz-Grundverordnung (DSGVO, englisch GDPR) gilt für Unternehmen, die in der EU tätig sind, und macht strenge Vorgaben dazu, wie personenbezogene Daten erhoben, verarbeitet und gespeichert werden.',
      ],
    },
    {
      heading: 'Was Sie täglich brauchen',
      bullets: [
        'Einwilligung (Art. 6 und 7): Wenn Sie sich auf eine Einwilligung stützen, müssen Sie sie nachweisen können, und Menschen können sie widerrufen.',
        'Widerspruchsrecht (Art. 21): Widerspricht jemand der Direktwerbung, dürfen seine Daten dafür nicht mehr genutzt werden. Eine Abwägung gibt es nicht.',
        'Datenminimierung (Art. 5 Abs. 1 lit. c): Nutzen Sie nur die Daten, die der Zweck erfordert. Bei einem Export heißt das: nur die Spalten und Kontakte, die die Aufgabe braucht.',
        'Integrität und Vertraulichkeit (Art. 5 Abs. 1 lit. f) und Sicherheit der Verarbeitung (Art. 32): Daten vor unbefugtem Zugriff schützen, zum Beispiel durch Pseudonymisierung und Verschlüsselung.',
        'Datenschutz durch Technikgestaltung und datenschutzfreundliche Voreinstellungen (Art. 25): Schützende Einstellungen sollten der Ausgangspunkt sein. Dass Confidant Daten auf dem Bildschirm standardmäßig maskiert, ist ein Beispiel.',
      ],
    },
  ],
  quiz: [
    {
      id: 'object',
      prompt: 'Ein Abonnent schreibt: „Schicken Sie mir keine Werbung mehr.“ Was folgt daraus nach der DSGVO?',
      options: [
        'Sie dürfen weiter schreiben, wenn die Verkäufe gut sind',
        'Seine Daten dürfen nicht mehr für Direktwerbung genutzt werden',
        'Sie müssen erst nach einem Grund fragen',
      ],
      answer: 1,
      explanation:
        'Das Widerspruchsrecht gegen Direktwerbung (Art. 21) gilt uneingeschränkt: Nach einem Widerspruch nutzen Sie die Daten nicht mehr dafür.',
    },
    {
      id: 'minimise',
      prompt:
        'Sie brauchen E-Mail-Adressen für eine Webinar-Einladung. Der Exportdialog bietet alle Felder an. Was bedeutet Datenminimierung hier?',
      options: [
        'Alles exportieren, falls es später nützlich ist',
        'Nur die E-Mail-Spalte exportieren (und nur die eingeladenen Kontakte)',
        'Alles exportieren, die Datei aber nach einem Jahr löschen',
      ],
      answer: 1,
      explanation: 'Art. 5 Abs. 1 lit. c: nur die Daten, die für den Zweck angemessen und notwendig sind.',
    },
    {
      id: 'consent',
      prompt: 'Was gilt für die Einwilligung nach der DSGVO?',
      options: [
        'Sie muss nachweisbar sein und kann widerrufen werden',
        'Einmal erteilt gilt sie für immer',
        'Eine gekaufte Liste zählt als Einwilligung',
      ],
      answer: 0,
      explanation: 'Art. 6 und 7: Sie müssen die Einwilligung nachweisen können, und sie kann widerrufen werden.',
    },
    {
      id: 'security',
      prompt: 'Welche Maßnahmen nennt Art. 32 DSGVO zur Sicherung personenbezogener Daten?',
      options: ['Pseudonymisierung und Verschlüsselung', 'Größere Schrift', 'Mehr E-Mails senden'],
      answer: 0,
      explanation: 'Art. 32 (Sicherheit der Verarbeitung) nennt Pseudonymisierung und Verschlüsselung unter den geeigneten Maßnahmen.',
    },
  ],
  tips: [
    {
      id: 'export-gdpr-minimise',
      pageKinds: ['export'],
      text: 'DSGVO-Datenminimierung: Wählen Sie vor dem Export nur die Spalten, die die Aufgabe braucht.',
    },
  ],
};

export default de;
