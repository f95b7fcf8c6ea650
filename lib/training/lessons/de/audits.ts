import type { LessonText } from '../../types';

const de: LessonText = {
  title: 'Den Umgang mit Daten prüfen',
  summary: 'Schauen Sie regelmäßig, wer an Kundendaten kommt und wohin Kopien davon gegangen sind.',
  sections: [
    {
      heading: 'Warum prüfen',
      paragraphs: [
        'Prüfen und überwachen Sie regelmäßig, wie mit Daten umgegangen wird, damit die Vorschriften eingehalten werden. Gewohnheiten verschieben sich: Aus einem einmaligen Export wird eine wöchentliche Datei, ein Freelancer behält seinen Zugang nach Projektende.',
      ],
    },
    {
      heading: 'Eine kurze ESP-Checkliste',
      bullets: [
        'Benutzer und Rollen: Braucht jede Person mit Zugang ihn noch, und in dieser Stufe?',
        'Integrationen und API-Schlüssel: Welche Apps können Ihre Kontakte lesen? Entfernen Sie die, die niemand nutzt.',
        'Exporte: Wohin sind exportierte Dateien gegangen, und wurden sie gelöscht?',
        'Listen: Woher stammt jede Liste, und ist die Einwilligung dokumentiert?',
        'Dienstleister und Agenturen: Halten sie sich an dieselben Regeln? Sie bleiben verantwortlich für das, was diese in Ihrem Auftrag tun.',
      ],
    },
    {
      heading: 'Das Protokoll von Confidant',
      paragraphs: [
        'Confidant protokolliert Exporte, aufgedeckte Werte, Kampagnenprüfungen und abgeschlossene Lektionen nur als Metadaten (Anzahlen, Typen, Daten, nie die personenbezogenen Daten selbst), sodass Ihre Teamleitung die Praxis prüfen kann, ohne Kundendaten zu sehen.',
      ],
    },
  ],
  quiz: [
    {
      id: 'what',
      prompt: 'Was gehört in eine Prüfung des Datenumgangs in Ihrem ESP?',
      options: ['Wer Zugang hat und mit welcher Rolle', 'Die Farbe der Kampagnenvorlage', 'Die Anzahl der Emojis in Betreffzeilen'],
      answer: 0,
      explanation: 'Prüfungen betreffen den Datenumgang: Zugänge, Integrationen, Exporte, Herkunft der Einwilligungen und Dienstleister.',
    },
    {
      id: 'freelancer',
      prompt: 'Bei einer Prüfung fällt ein Freelancer auf, dessen Projekt vor Monaten endete und der noch einen ESP-Zugang hat. Was nun?',
      options: [
        'Lassen, vielleicht kommt er zurück',
        'Den Zugang entfernen: Nur wer Daten für seine Arbeit braucht, soll Zugriff haben',
        'Selbst sein Passwort ändern und das Konto behalten',
      ],
      answer: 1,
      explanation: 'Genau dafür gibt es Prüfungen: Zugriff nur für die, die ihn brauchen.',
    },
    {
      id: 'log',
      prompt: 'Was speichert das Protokoll von Confidant über einen Export?',
      options: [
        'Die exportierte Datei',
        'Metadaten wie wann, wo und welche Entscheidung, nie die personenbezogenen Daten',
        'Die E-Mail-Adressen darin',
      ],
      answer: 1,
      explanation: 'Das Protokoll enthält Anzahlen, Typen und Entscheidungen, damit es sich prüfen lässt, ohne Kunden preiszugeben.',
    },
  ],
  tips: [
    {
      id: 'general-audit',
      pageKinds: ['other', 'audience'],
      text: 'Prüfen Sie regelmäßig, wer Zugang zu Ihrem ESP-Konto hat und welche Integrationen Kontakte lesen können; entfernen Sie, was niemand braucht.',
    },
  ],
};

export default de;
