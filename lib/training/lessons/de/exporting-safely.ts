import type { LessonText } from '../../types';

const de: LessonText = {
  title: 'Listen sicher exportieren und teilen',
  summary: 'Jeder Export ist eine Kopie von Kundendaten außerhalb der sicheren Plattform. Machen Sie weniger, kleinere und kurzlebigere.',
  sections: [
    {
      heading: 'Vor dem Export',
      bullets: [
        'Fragen Sie sich, ob Sie überhaupt eine Datei brauchen. Wer nur an eine Gruppe senden muss, kann oft ein Segment im ESP nutzen.',
        'Exportieren Sie nur die Felder und Kontakte, die die Aufgabe braucht (Datenminimierung nach DSGVO).',
        'Lassen Sie abgemeldete Kontakte weg: Adressen von Abgemeldeten dürfen nicht verkauft oder weitergegeben werden.',
      ],
    },
    {
      heading: 'Solange Sie die Datei haben',
      bullets: [
        'Bewahren Sie sie in einem von Ihrer Firma freigegebenen Speicher auf, nicht auf einem privaten Laufwerk oder USB-Stick.',
        'Teilen Sie sie über zugriffsgeschützte, verschlüsselte Wege, nicht als E-Mail-Anhang oder öffentlichen Link.',
        'Geben Sie sie nur Menschen, die sie für ihre Arbeit brauchen.',
      ],
    },
    {
      heading: 'Danach',
      paragraphs: [
        'Löschen Sie die Datei und alle Kopien, wenn die Aufgabe erledigt ist. Confidant protokolliert jeden Export und fragt je nach Richtlinie Ihres Teams nach einem Grund oder zuerst nach dieser Lektion.',
      ],
    },
  ],
  quiz: [
    {
      id: 'segment',
      prompt: 'Ein Kollege muss eine Kampagne an VIP-Kunden senden. Was ist der sicherste Weg?',
      options: [
        'Die VIPs als CSV exportieren und per E-Mail schicken',
        'Ein Segment im ESP teilen, sodass keine Datei die Plattform verlässt',
        'Die Liste ausdrucken',
      ],
      answer: 1,
      explanation: 'Ein Segment hält die Daten in der sicheren Plattform. Keine Kopie heißt: nichts, was abfließen kann.',
    },
    {
      id: 'fields',
      prompt: 'Welche Felder sollte der Export für ein Dankeschön-Mailing durch einen Partner enthalten?',
      options: [
        'Alle Felder, sicherheitshalber',
        'Nur die, die die Aufgabe braucht, etwa E-Mail und Vorname',
        'Alle Felder plus Kaufhistorie',
      ],
      answer: 1,
      explanation: 'Datenminimierung: nur die Daten, die der Zweck braucht.',
    },
    {
      id: 'share',
      prompt: 'Wie teilen Sie einen Export mit einer Agentur?',
      options: [
        'Als E-Mail-Anhang',
        'Über einen freigegebenen, zugriffsgeschützten, verschlüsselten Weg',
        'Mit einem öffentlichen Link, damit er leicht zu öffnen ist',
      ],
      answer: 1,
      explanation:
        'Anhänge und öffentliche Links werden weitergeleitet und bleiben liegen. Freigegebener, zugriffsgeschützter, verschlüsselter Speicher begrenzt, wer an die Daten kommt.',
    },
    {
      id: 'after',
      prompt: 'Die Kampagne ist vorbei. Was passiert mit dem Export?',
      options: [
        'Im Download-Ordner lassen, falls er nützlich ist',
        'Ihn und alle Kopien löschen',
        'In ein privates Cloud-Backup hochladen',
      ],
      answer: 1,
      explanation: 'Eine Datei, die keinem Zweck mehr dient, ist nur noch ein Risiko.',
    },
  ],
  tips: [
    {
      id: 'export-minimise',
      pageKinds: ['export'],
      text: 'Exportieren Sie nur die Felder und Kontakte, die die Aufgabe braucht, bewahren Sie die Datei im freigegebenen Speicher auf und löschen Sie sie danach.',
    },
    {
      id: 'audience-segment',
      pageKinds: ['audience'],
      text: 'Teilen Sie ein Segment im ESP statt einer CSV, wenn ein Kollege nur an eine Gruppe senden muss.',
    },
  ],
};

export default de;
