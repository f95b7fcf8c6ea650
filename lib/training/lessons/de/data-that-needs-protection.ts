import type { LessonText } from '../../types';

const de: LessonText = {
  title: 'Welche Kundendaten Schutz brauchen',
  summary: 'Personenbezogene Daten im ESP erkennen: nicht nur E-Mail-Adressen.',
  sections: [
    {
      heading: 'Die Liste',
      paragraphs: ['Im E-Mail-Marketing brauchen diese Arten von Kundendaten Schutz:'],
      bullets: ['E-Mail-Adressen', 'Namen', 'Telefonnummern', 'Postanschriften', 'Kaufhistorie', 'Vorlieben und Verhalten'],
    },
    {
      heading: 'Wo Sie ihnen im ESP begegnen',
      bullets: [
        'Zielgruppen- und Kontakttabellen: Spalten für E-Mail, Name, Telefon, Anschrift.',
        'Kontaktprofile: aus dem Shop synchronisierte Bestellungen, Tags, Vorlieben, Aktivität wie Öffnungen und Klicks.',
        'Segmente: Ein Segment nach Verhalten („hat zweimal auf Laufschuhe geklickt“) beschreibt Vorlieben von Menschen.',
        'Exporte und Testversände: Jede Kopie der Daten braucht dieselbe Sorgfalt wie das Original.',
      ],
    },
    {
      heading: 'Wonach Confidant sucht',
      paragraphs: [
        'Confidant zählt und maskiert E-Mail-Adressen, Telefonnummern, Postanschriften, Namen und Kaufdatensätze auf dem Bildschirm und achtet außerdem auf Kartennummern, IBANs, Ausweisnummern, IP-Adressen und Geburtsdaten, die in Marketing-Tools kaum etwas zu suchen haben.',
      ],
    },
  ],
  quiz: [
    {
      id: 'behaviour',
      prompt:
        'Ein Segment ist definiert als „5+ E-Mails geöffnet und Laufschuhe gekauft“. Sind die Daten dahinter schutzbedürftige Kundendaten?',
      options: [
        'Nein, das ist nur Marketingstatistik',
        'Ja: Kaufhistorie und Verhalten stehen auf der Liste der zu schützenden Daten',
        'Nur wenn das Segment mehr als 1.000 Personen hat',
      ],
      answer: 1,
      explanation: 'Kaufhistorie sowie Vorlieben und Verhalten werden neben E-Mail-Adressen und Namen als schutzbedürftige Daten genannt.',
    },
    {
      id: 'email-alone',
      prompt: 'Braucht eine Liste von E-Mail-Adressen ohne Namen trotzdem Schutz?',
      options: [
        'Ja, E-Mail-Adressen sind zu schützende personenbezogene Daten',
        'Nein, ohne Namen ist niemand erkennbar',
        'Nur wenn es Firmenadressen sind',
      ],
      answer: 0,
      explanation: 'E-Mail-Adressen stehen ganz oben auf der Liste der schutzbedürftigen Kundendaten.',
    },
    {
      id: 'which',
      prompt: 'Was davon braucht in einem Kontaktprofil Schutz?',
      options: ['Die Postanschrift', 'Die Telefonnummer', 'Die Bestellhistorie', 'Alles davon'],
      answer: 3,
      explanation: 'Postanschriften, Telefonnummern und Kaufhistorie stehen alle auf der Liste.',
    },
  ],
  tips: [
    {
      id: 'contact-behaviour',
      pageKinds: ['contact'],
      text: 'Kaufhistorie, Vorlieben und Verhalten (Öffnungen, Klicks) brauchen dieselbe Sorgfalt wie eine E-Mail-Adresse.',
    },
  ],
};

export default de;
