import { tag, type Dialect } from './types';

/** listmonk Go templates (C: knadh/listmonk docs/docs/content/templating.md). Nothing is added for you. */
export const listmonk: Dialect = {
  id: 'listmonk',
  name: 'listmonk',
  unsubscribe: [tag(/\{\{\s*UnsubscribeURL\s*\}\}(?!\?manage)/, '{{ UnsubscribeURL }}')],
  preferences: [tag(/\{\{\s*UnsubscribeURL\s*\}\}\?manage=true/, '{{ UnsubscribeURL }}?manage=true')],
  address: [],
  sender: [],
  recipientAddress: [tag(/\{\{\s*\.Subscriber\.Attribs\.(?:address|city|zip)[^}]*\}\}/i, '{{ .Subscriber.Attribs.address }}')],
  signatures: [/\{\{\s*(?:UnsubscribeURL|TrackView|MessageURL|OptinURL)\b/, /\{\{\s*\.Subscriber\./, /\{\{\s*template\s+"content"/],
  fix: { unsubscribe: '<a href="{{ UnsubscribeURL }}">Unsubscribe</a>', address: null, sender: null },
  autoFooter: { unsubscribe: null, address: null },
};
