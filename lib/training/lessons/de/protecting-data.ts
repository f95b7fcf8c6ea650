import type { LessonText } from '../../types';

const de: LessonText = {
  title: 'Kundendaten schützen',
  summary: 'Fünf Gewohnheiten, die die Daten in Ihrem ESP sicher halten.',
  sections: [
    {
      heading: '1. Sichere Plattformen',
      paragraphs: [
        'Nutzen Sie die von Ihrer Firma freigegebene E-Mail-Marketing-Plattform, die Verschlüsselung und Datenschutzfunktionen bietet. Verschieben Sie Listen nicht in private Konten, kostenlose Tools oder Tabellen auf Ihrem eigenen Laufwerk.',
      ],
    },
    {
      heading: '2. Starke Passwörter und Zwei-Faktor-Authentifizierung',
      paragraphs: [
        'Verwenden Sie für jeden ESP-Zugang ein starkes, einmaliges Passwort aus einem Passwortmanager und schalten Sie die Zwei-Faktor-Authentifizierung ein. Ein gestohlenes Passwort kann jeden Kontakt im Konto offenlegen.',
      ],
    },
    {
      heading: '3. Updates',
      paragraphs: [
        'Aktualisieren Sie Browser, Betriebssystem und Erweiterungen regelmäßig: Updates schließen Schwachstellen, die Angreifer nutzen.',
      ],
    },
    {
      heading: '4. Schulung',
      paragraphs: [
        'Mitarbeitende brauchen Schulungen zu guter Datenschutzpraxis und dazu, warum Vertraulichkeit wichtig ist. Diese Lektionen sind ein Teil davon.',
      ],
    },
    {
      heading: '5. Zugriff nur nach Bedarf',
      paragraphs: [
        'Beschränken Sie den Zugriff auf Kundendaten auf die, die ihn für ihre Arbeit brauchen. Im ESP heißt das Benutzerrollen: Eine Texterin muss selten Kontakte exportieren; eine Agentur bekommt Zugriff auf eine Zielgruppe, nicht auf alle; wer geht, verliert den Zugang am selben Tag.',
      ],
    },
  ],
  quiz: [
    {
      id: 'platform',
      prompt:
        'Ein Freelancer schlägt vor, Ihre Abonnentenliste in ein kostenloses Online-Tool zu laden, um sie „aufzuräumen“. Was tun Sie?',
      options: [
        'Hochladen: Das Tool ist beliebt',
        'Die Liste in der freigegebenen, sicheren Plattform lassen und die Teamleitung fragen, bevor ein neues Tool Kundendaten bekommt',
        'Die Liste per E-Mail an den Freelancer schicken',
      ],
      answer: 1,
      explanation:
        'Kundendaten gehören in sichere Plattformen mit Verschlüsselung und Datenschutzfunktionen. Ein neues Tool ist ein neuer Ort, an dem Daten abfließen können.',
    },
    {
      id: '2fa',
      prompt: 'Was schützt einen ESP-Zugang am besten?',
      options: [
        'Ein Passwort, das Sie auch anderswo nutzen',
        'Ein starkes, einmaliges Passwort plus Zwei-Faktor-Authentifizierung',
        'Ein Passwort, das das ganze Team teilt',
      ],
      answer: 1,
      explanation:
        'Starke Passwortregeln und Zwei-Faktor-Authentifizierung werden beide genannt. Ein geteiltes oder wiederverwendetes Passwort lässt sich weder zuordnen noch eindämmen.',
    },
    {
      id: 'updates',
      prompt: 'Ihr Browser meldet „Update verfügbar“. Warum ist das für Kundendaten wichtig?',
      options: [
        'Gar nicht: Updates bringen nur neue Funktionen',
        'Updates beheben Schwachstellen, über die Angreifer an die Daten gelangen könnten, mit denen Sie arbeiten',
        'Nur das ESP braucht Updates, nicht Ihr Computer',
      ],
      answer: 1,
      explanation: 'Regelmäßige Updates von Software und Systemen schützen vor Schwachstellen.',
    },
    {
      id: 'access',
      prompt: 'Eine neue Texterin fängt an. Welche ESP-Rolle passt zum Zugriff nur nach Bedarf?',
      options: [
        'Admin, damit sie nie blockiert wird',
        'Eine Rolle, die Kampagnen bearbeiten, aber keine Kontakte sehen oder exportieren kann',
        'Ihr eigener Zugang',
      ],
      answer: 1,
      explanation: 'Zugriff auf Kundendaten nur für die, die ihn für ihre Arbeit brauchen. Texte schreiben braucht die Kontaktliste nicht.',
    },
  ],
  tips: [
    {
      id: 'general-2fa',
      pageKinds: ['other'],
      text: 'Nutzen Sie für jedes ESP-Konto ein starkes, einmaliges Passwort und Zwei-Faktor-Authentifizierung.',
    },
    {
      id: 'contact-least-privilege',
      pageKinds: ['contact'],
      text: 'Öffnen Sie ein Kontaktprofil nur, wenn Ihre Aufgabe es erfordert. Zugriff nach dem Need-to-know-Prinzip ist der Kern der Vertraulichkeit.',
    },
    {
      id: 'general-updates',
      pageKinds: ['other'],
      text: 'Installieren Sie Browser- und System-Updates zügig: Sie schließen Lücken, über die Ihre Arbeitsdaten offengelegt werden könnten.',
    },
  ],
};

export default de;
