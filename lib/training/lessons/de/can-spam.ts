import type { LessonText } from '../../types';

const de: LessonText = {
  title: 'CAN-SPAM: was jede kommerzielle E-Mail in den USA braucht',
  summary: 'Prüfen Sie Fußzeile, Absender und Abmeldung, bevor Sie auf Senden klicken.',
  sections: [
    {
      heading: 'Worum es geht',
      paragraphs: [
        'Der CAN-SPAM Act ist ein US-Gesetz mit Anforderungen an kommerzielle E-Mails, unter anderem: Empfänger müssen sich abmelden können, und die Absenderangaben müssen zutreffen.',
      ],
    },
    {
      heading: 'Vor dem Versand',
      bullets: [
        'Eine klare und gut sichtbare Abmeldemöglichkeit in jeder kommerziellen E-Mail: ein sichtbarer Abmeldelink.',
        'Eine gültige physische Postanschrift: eine Straßenadresse, ein beim US Postal Service registriertes Postfach oder ein bei einer Commercial Mail Receiving Agency registriertes privates Postfach.',
        'Absender-, Antwort- und Routing-Angaben, die nicht falsch oder irreführend sind.',
        'Eine Betreffzeile, die nicht täuscht.',
        'Die Nachricht als Werbung kennzeichnen, außer die Empfänger haben vorher ausdrücklich zugestimmt.',
      ],
    },
    {
      heading: 'Nach dem Versand',
      bullets: [
        'Abmeldungen innerhalb von 10 Werktagen umsetzen.',
        'Der Abmeldeweg muss mindestens 30 Tage nach dem Versand funktionieren.',
        'Adressen von Abgemeldeten niemals verkaufen oder weitergeben.',
        'Sie bleiben verantwortlich für das, was andere, etwa eine Agentur, in Ihrem Namen senden: Überwachen Sie sie.',
      ],
    },
  ],
  quiz: [
    {
      id: 'footer',
      prompt: 'Welche Fußzeile erfüllt CAN-SPAM?',
      options: [
        'Nur „© Marke“',
        'Ein sichtbarer Abmeldelink und eine gültige physische Postanschrift',
        'Ein Link zu Ihren Social-Media-Konten',
      ],
      answer: 1,
      explanation: 'Jede kommerzielle E-Mail braucht eine klare Abmeldemöglichkeit und eine gültige physische Postanschrift.',
    },
    {
      id: 'deadline',
      prompt: 'Jemand meldet sich heute ab. Bis wann muss die Abmeldung nach CAN-SPAM umgesetzt sein?',
      options: ['Innerhalb von 10 Werktagen', 'Innerhalb von 6 Monaten', 'Erst wenn die Person sich beschwert'],
      answer: 0,
      explanation:
        'CAN-SPAM verlangt die Umsetzung innerhalb von 10 Werktagen (und der Abmeldeweg muss mindestens 30 Tage nach dem Versand funktionieren).',
    },
    {
      id: 'sender',
      prompt: 'Sie senden eine Aktion als „IT-Support <it@ihremarke.com>“, um mehr Öffnungen zu bekommen. Ist das in Ordnung?',
      options: [
        'Ja, wenn das Angebot gut ist',
        'Nein: Kopfzeilen und Absenderangaben dürfen nicht falsch oder irreführend sein',
        'Ja, solange es einen Abmeldelink gibt',
      ],
      answer: 1,
      explanation:
        'CAN-SPAM verlangt zutreffende Absenderangaben; ein irreführender Absendername verstößt dagegen, egal was in der Fußzeile steht.',
    },
    {
      id: 'agency',
      prompt: 'Eine Agentur sendet eine Kampagne für Ihre Marke ohne Postanschrift. Wer ist verantwortlich?',
      options: [
        'Nur die Agentur',
        'Auch Ihr Unternehmen: Sie müssen überwachen, was andere in Ihrem Namen tun',
        'Niemand, weil die Agentur auf Senden geklickt hat',
      ],
      answer: 1,
      explanation:
        'Die Hinweise der FTC sind eindeutig: Ein Unternehmen bleibt für E-Mails verantwortlich, die in seinem Namen gesendet werden.',
    },
  ],
  tips: [
    {
      id: 'campaign-unsubscribe',
      pageKinds: ['campaign-editor'],
      text: 'Jede Marketing-E-Mail braucht einen sichtbaren Abmeldelink und Ihre Postanschrift (CAN-SPAM, CASL).',
    },
    {
      id: 'campaign-sender',
      pageKinds: ['campaign-editor'],
      text: 'Prüfen Sie Absendername und Betreff: CAN-SPAM verbietet irreführende Absenderangaben und täuschende Betreffzeilen.',
    },
  ],
};

export default de;
