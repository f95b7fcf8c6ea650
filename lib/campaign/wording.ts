/**
 * Opt-out wording in the 20 languages the checker reads, and preference-centre wording. Matching is
 * on lower-cased, whitespace-collapsed text, by substring: link texts are short, and CJK has no
 * word boundaries.
 */
export const UNSUBSCRIBE_WORDS: Record<string, string[]> = {
  en: ['unsubscribe', 'opt out', 'opt-out', 'optout', 'stop receiving', 'remove me from', 'unsub'],
  de: ['abmelden', 'abbestellen', 'austragen', 'abmeldung'],
  fr: ['désabonner', 'désinscrire', 'désabonnement', 'désinscription', 'desabonner', 'se désinscrire'],
  es: [
    'darse de baja',
    'dar de baja',
    'date de baja',
    'cancelar suscripción',
    'cancelar la suscripción',
    'anular suscripción',
    'desuscribir',
  ],
  it: ['annulla iscrizione', "annulla l'iscrizione", 'disiscriviti', 'disiscrizione', 'cancellati dalla', 'annullare l’iscrizione'],
  pt: ['cancelar inscrição', 'cancelar a inscrição', 'descadastrar', 'descadastre-se', 'cancelar subscrição', 'anular subscrição'],
  nl: ['afmelden', 'uitschrijven', 'schrijf je uit', 'meld je af'],
  sv: ['avregistrera', 'avsluta prenumeration', 'avprenumerera', 'avanmäl', 'säg upp prenumeration'],
  da: ['afmeld', 'frameld', 'afmelding'],
  no: ['meld av', 'avmeld', 'avslutt abonnement', 'avslutt abonnementet'],
  fi: ['peruuta tilaus', 'peru tilaus', 'lopeta tilaus', 'peruuta uutiskirje'],
  pl: ['wypisz się', 'wypisz', 'zrezygnuj z subskrypcji', 'anuluj subskrypcję', 'wypisanie'],
  cs: ['odhlásit', 'odhlášení', 'odhlasit', 'odhlaseni'],
  hu: ['leiratkozás', 'leiratkozom', 'leiratkozni', 'leiratkozas'],
  ro: ['dezabonare', 'dezabonează', 'dezabonati', 'dezabonați', 'dezabonează-te'],
  tr: ['abonelikten çık', 'abonelikten ayrıl', 'aboneliği iptal', 'abonelikten cik'],
  ru: ['отписаться', 'отписка', 'отказаться от рассылки', 'отписки'],
  ja: ['配信停止', '購読解除', '配信解除', '登録解除', 'メール停止'],
  zh: ['退订', '取消订阅', '退訂', '取消訂閱'],
  ko: ['수신거부', '수신 거부', '구독 취소', '구독취소', '구독 해지', '수신 해지'],
};

export const PREFERENCE_WORDS = [
  'preferences',
  'preference center',
  'preference centre',
  'manage notifications',
  'notification settings',
  'email settings',
  'update profile',
  'update your profile',
  'manage subscription',
  'subscription settings',
  'manage your email',
  'einstellungen',
  'préférences',
  'preferencias',
  'preferenze',
  'preferências',
  'voorkeuren',
];

/** Lower-cased, NFC, whitespace collapsed; Turkish dotless ı folded so upper-cased text still matches. */
export const normalise = (text: string) => text.normalize('NFC').toLowerCase().replace(/ı/g, 'i').replace(/\s+/g, ' ');

const NORMALISED = Object.entries(UNSUBSCRIBE_WORDS).map(([lang, words]) => [lang, words.map(normalise)] as const);
const ALL_UNSUBSCRIBE = NORMALISED.flatMap(([, words]) => words);

/** The language whose opt-out wording the text contains, or null. */
export function unsubscribeLanguage(text: string): string | null {
  const t = normalise(text);
  for (const [lang, words] of NORMALISED) if (words.some((w) => t.includes(w))) return lang;
  return null;
}

export const hasUnsubscribeWording = (text: string) => {
  const t = normalise(text);
  return ALL_UNSUBSCRIBE.some((w) => t.includes(w));
};

export const hasPreferenceWording = (text: string) => {
  const t = normalise(text);
  return PREFERENCE_WORDS.some((w) => t.includes(w));
};

/** URL paths that read as an unsubscribe or preference endpoint. */
export const UNSUBSCRIBE_URL =
  /unsub|opt-?out|abmeld|desabonn|desinscri|afmeld|uitschrijv|list-manage\.com\/unsubscribe|\/optout|remove-?me|\/u\?|asm_/i;
export const PREFERENCE_URL = /prefer|manage|profile|notification|settings|subscription/i;
