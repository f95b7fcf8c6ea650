import type { LessonText } from '../../types';

const de: LessonText = {
  title: 'CASL: E-Mails an Menschen in Kanada',
  summary: 'Kanadas Anti-Spam-Gesetz verlangt Einwilligung, Identifikation und eine funktionierende Abmeldung.',
  sections: [
    {
      heading: 'Zuerst die Einwilligung',
      paragraphs: [
        'CASL verlangt eine Einwilligung, bevor Sie kommerzielle E-Mails senden: eine ausdrückliche Einwilligung, die nicht über ein vorab angekreuztes Kästchen eingeholt werden darf, oder eine stillschweigende, etwa aus einer bestehenden Geschäftsbeziehung, die zeitlich begrenzt ist.',
      ],
    },
    {
      heading: 'In jeder Nachricht',
      bullets: [
        'Angeben, wer die Nachricht sendet und, falls abweichend, in wessen Auftrag.',
        'Eine Postanschrift und mindestens eines von: Telefonnummer, E-Mail-Adresse oder Webadresse.',
        'Eine Abmeldemöglichkeit, die nichts kostet, einfach zu nutzen ist und keine Anmeldung verlangt.',
      ],
    },
    {
      heading: 'Abmeldungen umsetzen',
      bullets: [
        'Die Abmeldemöglichkeit muss mindestens 60 Tage nach dem Versand gültig bleiben.',
        'Abmeldungen müssen innerhalb von 10 Werktagen wirksam werden.',
      ],
    },
  ],
  quiz: [
    {
      id: 'preticked',
      prompt:
        'Auf Ihrem Anmeldeformular ist „Ja, schickt mir Angebote“ schon angekreuzt. Ist das eine ausdrückliche Einwilligung nach CASL?',
      options: [
        'Ja',
        'Nein: Eine ausdrückliche Einwilligung kann nicht über ein vorab angekreuztes Kästchen eingeholt werden',
        'Nur für Kunden in Quebec',
      ],
      answer: 1,
      explanation:
        'Eine ausdrückliche Einwilligung erfordert eine eigene Handlung der Person; ein vorab angekreuztes Kästchen zählt nicht.',
    },
    {
      id: 'contact',
      prompt: 'Was muss eine CASL-konforme Nachricht außer einer Postanschrift enthalten?',
      options: ['Eine Telefonnummer, E-Mail-Adresse oder Webadresse', 'Das Geburtsdatum des Empfängers', 'Sonst nichts'],
      answer: 0,
      explanation: 'CASL verlangt eine Postanschrift und mindestens einen weiteren Kontaktweg: Telefon, E-Mail oder Web.',
    },
    {
      id: 'login',
      prompt: 'Der Abmeldelink führt auf eine Seite, auf der sich der Abonnent erst anmelden muss. Ist das nach CASL in Ordnung?',
      options: ['Ja, so ist klar, wer es ist', 'Nein: Die Abmeldung muss einfach möglich sein, ohne Anmeldung', 'Nur auf Mobilgeräten'],
      answer: 1,
      explanation: 'Der Abmeldeweg muss kostenlos und einfach nutzbar sein. Eine Anmeldeseite ist ein Hindernis.',
    },
  ],
  tips: [
    {
      id: 'campaign-casl-contact',
      pageKinds: ['campaign-editor'],
      text: 'Versand nach Kanada? Die Fußzeile braucht Ihre Postanschrift und zusätzlich Telefonnummer, E-Mail- oder Webadresse (CASL).',
    },
  ],
};

export default de;
