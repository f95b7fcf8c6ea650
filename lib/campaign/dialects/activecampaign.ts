import { tag, type Dialect } from './types';

/** ActiveCampaign personalisation tags (R: activepedia.com Unsubscribe_Link). */
export const activecampaign: Dialect = {
  id: 'activecampaign',
  name: 'ActiveCampaign',
  unsubscribe: [tag(/%UNSUBSCRIBELINK%(?:&ALL)?/, '%UNSUBSCRIBELINK%')],
  preferences: [tag(/%UPDATELINK%/, '%UPDATELINK%')],
  address: [tag(/%SENDER-INFO(?:-SINGLELINE)?%/, '%SENDER-INFO%')],
  sender: [tag(/%SENDER-INFO(?:-SINGLELINE)?%/, '%SENDER-INFO%')],
  recipientAddress: [],
  signatures: [/%UNSUBSCRIBELINK%/, /%SENDER-INFO/, /%(?:FIRSTNAME|LASTNAME|EMAIL|WEBCOPY|FORWARD2FRIEND)%/],
  fix: { unsubscribe: '<a href="%UNSUBSCRIBELINK%">Unsubscribe</a>', address: '%SENDER-INFO%', sender: '%SENDER-INFO%' },
  autoFooter: {
    unsubscribe: 'ActiveCampaign keeps its default footer (with an unsubscribe link) unless both tags are present.',
    address: "ActiveCampaign's default footer prints your sender information.",
  },
};
