import type { LessonText } from '../../types';

const de: LessonText = {
  title: 'Was eine Datenpanne kostet und was zu tun ist',
  summary: 'Der Schaden durch ein Datenleck und die ersten Schritte, wenn etwas schiefgeht.',
  sections: [
    {
      heading: 'Was fehlender Datenschutz kostet',
      bullets: [
        'Datenpannen: unbefugter Zugriff auf sensible Informationen.',
        'Verlust von Kundenvertrauen und Schaden für den Ruf der Marke.',
        'Strafen und Bußgelder bei Verstößen gegen Datenschutzvorschriften.',
        'Finanzielle Verluste durch Klagen und durch Kunden, die sich weniger engagieren.',
      ],
    },
    {
      heading: 'Wenn etwas schiefgeht',
      paragraphs: [
        'Eine Datenpanne ist oft klein und alltäglich: eine Liste an die falsche E-Mail angehängt, ein geteilter Link öffentlich gelassen, ein Bildschirm mit sichtbaren Abonnenten geteilt, ein verlorener Laptop mit einem Export darauf.',
      ],
      bullets: [
        'Melden Sie es sofort Ihrer Teamleitung oder der Datenschutz- bzw. Sicherheitsstelle Ihres Unternehmens. Warten Sie nicht ab, ob etwas passiert.',
        'Begrenzen Sie den Schaden, wo Sie können: Bitten Sie den Empfänger, die Datei zu löschen, widerrufen Sie den Freigabelink, ändern Sie ein möglicherweise bekanntes Passwort.',
        'Notieren Sie, was wann passiert ist, welche Arten von Daten und ungefähr wie viele Menschen betroffen sind, ohne die personenbezogenen Daten in Ihre Notizen zu kopieren.',
        'Überlassen Sie Entscheidungen über die Information von Kunden oder Behörden den Personen, die das Vorfallverfahren Ihres Unternehmens dafür benennt.',
      ],
    },
  ],
  quiz: [
    {
      id: 'costs',
      prompt: 'Was ist eine Folge davon, Kundendaten nicht zu schützen?',
      options: ['Vertrauensverlust, Bußgelder und finanzielle Verluste', 'Schnellere Zustellung von E-Mails', 'Höhere Öffnungsraten'],
      answer: 0,
      explanation: 'Genannt werden Datenpannen, Verlust von Vertrauen und Ruf, Strafen und finanzielle Verluste.',
    },
    {
      id: 'wrong-recipient',
      prompt: 'Sie haben einen Kundenexport an die falsche Person geschickt. Was tun Sie zuerst?',
      options: [
        'Nichts, die Person ignoriert es wahrscheinlich',
        'Es sofort Ihrer Teamleitung oder Datenschutzstelle melden und den Empfänger bitten, die Datei zu löschen',
        'Die richtige Datei senden und hoffen, dass es niemand merkt',
      ],
      answer: 1,
      explanation:
        'Zuerst melden und eindämmen, was möglich ist: Je früher die Richtigen Bescheid wissen, desto mehr Schaden lässt sich verhindern.',
    },
    {
      id: 'notes',
      prompt: 'Was sollte in Ihren Notizen zum Vorfall stehen?',
      options: [
        'Eine Kopie der betroffenen Liste, zur Referenz',
        'Was wann passiert ist, welche Arten von Daten und ungefähr wie viele Menschen',
        'Nichts: Besser nicht dokumentieren',
      ],
      answer: 1,
      explanation: 'Beschreiben Sie den Vorfall, ohne die personenbezogenen Daten weiter zu verbreiten.',
    },
  ],
  tips: [
    {
      id: 'export-wrong-recipient',
      pageKinds: ['export'],
      text: 'Liste an die falsche Person geschickt? Melden Sie es sofort Ihrer Teamleitung: Schnelligkeit begrenzt den Schaden.',
    },
  ],
};

export default de;
