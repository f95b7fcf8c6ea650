/**
 * Blind corpus, part 3: value makers (phones, addresses, money, dates, cards, IBANs, national ids, IPs) and the
 * hard negatives that look like them. Written blind, independent of the detectors and of the first corpus.
 * Every value is synthetic: reserved example domains, documentation IP ranges, random digits.
 */
import { isValidPhoneNumber as isValidMin, type CountryCode } from 'libphonenumber-js';
import { isValidPhoneNumber as isValidMax } from 'libphonenumber-js/max';
import type { Rng } from '../corpus/prng';
import type { Culture } from './names';

export type Country = 'US' | 'CA' | 'GB' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'AU' | 'IN' | 'BR' | 'BE' | 'CH';

export const CULTURES: Record<Country, readonly Culture[]> = {
  US: [
    'anglo',
    'anglo',
    'anglo',
    'hispanic',
    'hispanic',
    'irish',
    'chinese',
    'indian',
    'korean',
    'vietnamese',
    'westafrican',
    'hebrew',
    'italian',
    'polish',
    'arabic',
  ],
  CA: ['anglo', 'anglo', 'french', 'french', 'chinese', 'indian', 'korean', 'irish', 'italian', 'arabic'],
  GB: ['anglo', 'anglo', 'anglo', 'irish', 'indian', 'polish', 'westafrican', 'chinese', 'greek', 'turkish'],
  DE: ['german', 'german', 'german', 'turkish', 'polish', 'italian', 'greek', 'arabic'],
  FR: ['french', 'french', 'french', 'arabic', 'portuguese', 'westafrican', 'vietnamese', 'italian'],
  ES: ['hispanic', 'hispanic', 'hispanic', 'arabic', 'portuguese'],
  IT: ['italian', 'italian', 'italian', 'arabic', 'hispanic'],
  NL: ['dutch', 'dutch', 'dutch', 'turkish', 'arabic', 'indian'],
  AU: ['anglo', 'anglo', 'chinese', 'vietnamese', 'greek', 'italian', 'indian', 'irish'],
  IN: ['indian'],
  BR: ['portuguese', 'portuguese', 'portuguese', 'japanese', 'italian', 'arabic'],
  BE: ['dutch', 'french', 'arabic', 'turkish'],
  CH: ['german', 'french', 'italian', 'nordic'],
};

/** Where the contacts of an English-speaking store's list live. */
export const ANGLO_COUNTRIES: readonly Country[] = ['US', 'US', 'US', 'US', 'US', 'CA', 'GB', 'GB', 'AU', 'IN', 'DE', 'FR', 'BR', 'NL'];

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function letters(rng: Rng, n: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet.charAt(rng.int(0, alphabet.length - 1));
  return s;
}

export function hex(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(rng.int(0, 15));
  return s;
}

/** `items` with weights: `[[value, weight], ...]`. */
export function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let r = rng.float() * total;
  for (const [v, w] of items) {
    r -= w;
    if (r < 0) return v;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

// ---------------------------------------------------------------------------------------------------------------
// Phones: national digit groups per country, rendered in a style, kept only if libphonenumber-js (both the min
// and the max metadata) says the number is valid for that country.

type PhoneStyle =
  | 'nat'
  | 'nat-dash'
  | 'nat-dot'
  | 'nat-compact'
  | 'nat-paren'
  | 'nat-slash'
  | 'bare'
  | 'intl'
  | 'intl-dash'
  | 'intl-0'
  | 'intl-paren'
  | 'e164'
  | 'us-1';

interface PhonePlan {
  cc: string;
  trunk: string;
  /** Digit groups of the national significant number, in the grouping the country writes. */
  groups: (rng: Rng) => string[];
  styles: readonly (readonly [PhoneStyle, number])[];
}

const US_AREAS = [
  '212',
  '312',
  '415',
  '512',
  '617',
  '646',
  '702',
  '206',
  '303',
  '404',
  '305',
  '720',
  '971',
  '503',
  '608',
  '818',
  '213',
  '469',
  '615',
  '919',
];
const CA_AREAS = ['416', '604', '514', '403', '613', '902', '780', '647', '778', '438'];
const TOLL_FREE = ['800', '888', '877', '866'];

function nanp(areas: readonly string[]) {
  return (rng: Rng): string[] => {
    const r = rng.float();
    const area = r < 0.06 && areas === US_AREAS ? rng.pick(TOLL_FREE) : rng.pick(areas);
    if (r > 0.9) return [area, '555', `01${rng.digits(2)}`];
    return [area, `${rng.int(2, 9)}${rng.digits(2)}`, rng.digits(4)];
  };
}

const NANP_STYLES: PhonePlan['styles'] = [
  ['nat-paren', 5],
  ['nat-dash', 4],
  ['nat-dot', 2],
  ['nat-compact', 1],
  ['intl', 2],
  ['intl-paren', 1],
  ['intl-dash', 1],
  ['e164', 2],
  ['us-1', 1],
];

const PHONE_PLANS: Record<Country, PhonePlan> = {
  US: { cc: '1', trunk: '', groups: nanp(US_AREAS), styles: NANP_STYLES },
  CA: { cc: '1', trunk: '', groups: nanp(CA_AREAS), styles: NANP_STYLES },
  GB: {
    cc: '44',
    trunk: '0',
    groups: (rng) =>
      weighted(rng, [
        [['20', `${rng.int(3, 8)}${rng.digits(3)}`, rng.digits(4)], 3],
        [['20', '7946', `0${rng.digits(3)}`], 1],
        [['161', '496', `0${rng.digits(3)}`], 1],
        [[rng.pick(['113', '117', '131', '141', '121']), `${rng.int(2, 5)}${rng.digits(2)}`, rng.digits(4)], 2],
        [[`7${rng.pick(['4', '5', '7', '8', '9'])}${rng.digits(2)}`, rng.digits(6)], 5],
      ]),
    styles: [
      ['nat', 6],
      ['intl', 3],
      ['intl-0', 2],
      ['e164', 2],
      ['nat-compact', 1],
    ],
  },
  DE: {
    cc: '49',
    trunk: '0',
    groups: (rng) =>
      weighted(rng, [
        [[rng.pick(['30', '40', '89', '69']), `${rng.int(1, 9)}${rng.digits(rng.int(6, 7))}`], 3],
        [[rng.pick(['221', '211', '711', '341', '351']), `${rng.int(1, 9)}${rng.digits(rng.int(5, 6))}`], 2],
        [
          [
            rng.pick(['151', '152', '160', '162', '170', '171', '172', '175', '176', '177', '178', '179', '157', '159']),
            rng.digits(rng.int(7, 8)),
          ],
          4,
        ],
      ]),
    styles: [
      ['nat', 5],
      ['nat-slash', 2],
      ['nat-dash', 1],
      ['intl', 3],
      ['intl-0', 2],
      ['e164', 2],
    ],
  },
  FR: {
    cc: '33',
    trunk: '0',
    groups: (rng) => [rng.pick(['1', '2', '3', '4', '5', '6', '6', '6', '7']), rng.digits(2), rng.digits(2), rng.digits(2), rng.digits(2)],
    styles: [
      ['nat', 6],
      ['nat-dot', 2],
      ['nat-compact', 1],
      ['intl', 3],
      ['intl-0', 1],
      ['e164', 2],
    ],
  },
  ES: {
    cc: '34',
    trunk: '',
    groups: (rng) =>
      weighted(rng, [
        [[`6${rng.digits(2)}`, rng.digits(3), rng.digits(3)], 3],
        [[`6${rng.digits(2)}`, rng.digits(2), rng.digits(2), rng.digits(2)], 1],
        [[`9${rng.pick(['1', '3', '5', '6'])}${rng.digits(1)}`, rng.digits(3), rng.digits(3)], 2],
      ]),
    styles: [
      ['nat', 5],
      ['nat-compact', 1],
      ['intl', 3],
      ['e164', 2],
    ],
  },
  IT: {
    cc: '39',
    trunk: '',
    groups: (rng) =>
      weighted(rng, [
        [[`3${rng.pick(['2', '3', '4', '5', '8', '9'])}${rng.digits(1)}`, rng.digits(3), rng.digits(4)], 3],
        [[rng.pick(['06', '02']), rng.digits(4), rng.digits(4)], 2],
        [[rng.pick(['011', '055', '051', '081']), rng.digits(3), rng.digits(4)], 1],
      ]),
    styles: [
      ['nat', 5],
      ['intl', 3],
      ['e164', 2],
      ['nat-compact', 1],
    ],
  },
  NL: {
    cc: '31',
    trunk: '0',
    groups: (rng) =>
      weighted(rng, [
        [['6', rng.digits(8)], 3],
        [[rng.pick(['20', '10', '30', '70', '40']), `${rng.int(2, 9)}${rng.digits(2)}`, rng.digits(4)], 2],
      ]),
    styles: [
      ['nat', 4],
      ['nat-dash', 2],
      ['intl', 3],
      ['e164', 2],
    ],
  },
  AU: {
    cc: '61',
    trunk: '0',
    groups: (rng) =>
      weighted(rng, [
        [[`4${rng.digits(2)}`, rng.digits(3), rng.digits(3)], 3],
        [[rng.pick(['2', '3', '7', '8']), `${rng.int(8, 9)}${rng.digits(3)}`, rng.digits(4)], 2],
      ]),
    styles: [
      ['nat', 4],
      ['nat-paren', 2],
      ['nat-compact', 1],
      ['intl', 3],
      ['e164', 2],
    ],
  },
  IN: {
    cc: '91',
    trunk: '0',
    groups: (rng) =>
      weighted(rng, [
        [[`${rng.pick(['9', '8', '7'])}${rng.digits(4)}`, rng.digits(5)], 4],
        [[rng.pick(['80', '11', '22', '44']), `2${rng.digits(3)}`, rng.digits(4)], 1],
      ]),
    styles: [
      ['bare', 3],
      ['nat', 1],
      ['intl', 4],
      ['intl-dash', 1],
      ['e164', 2],
    ],
  },
  BR: {
    cc: '55',
    trunk: '',
    groups: (rng) =>
      weighted(rng, [
        [[rng.pick(['11', '21', '31', '41', '51', '61', '71', '81']), `9${rng.digits(4)}`, rng.digits(4)], 3],
        [[rng.pick(['11', '21', '31', '41']), `${rng.int(2, 5)}${rng.digits(3)}`, rng.digits(4)], 1],
      ]),
    styles: [
      ['nat-paren', 5],
      ['bare', 1],
      ['intl', 2],
      ['intl-paren', 2],
      ['e164', 2],
    ],
  },
  BE: {
    cc: '32',
    trunk: '0',
    groups: (rng) =>
      weighted(rng, [
        [
          [
            `4${rng.pick(['70', '71', '72', '73', '75', '76', '77', '78', '79', '84', '85', '86', '87', '88', '89', '91', '92', '93', '94', '95', '96', '97', '98', '99'])}`,
            rng.digits(2),
            rng.digits(2),
            rng.digits(2),
          ],
          3,
        ],
        [[rng.pick(['2', '3', '9']), rng.digits(3), rng.digits(2), rng.digits(2)], 1],
      ]),
    styles: [
      ['nat', 5],
      ['intl', 3],
      ['e164', 2],
    ],
  },
  CH: {
    cc: '41',
    trunk: '0',
    groups: (rng) => [rng.pick(['79', '78', '76', '77', '44', '43', '22', '31', '61', '21']), rng.digits(3), rng.digits(2), rng.digits(2)],
    styles: [
      ['nat', 5],
      ['intl', 3],
      ['intl-0', 1],
      ['e164', 2],
    ],
  },
};

function renderPhone(plan: PhonePlan, groups: readonly string[], style: PhoneStyle): string {
  const [g0 = '', ...rest] = groups;
  const restSep = plan.cc === '1' || plan.cc === '55' ? '-' : ' ';
  const all = groups.join('');
  switch (style) {
    case 'nat':
      return [plan.trunk + g0, ...rest].join(' ');
    case 'nat-dash':
      // NANP writes 415-555-0134; elsewhere the dash separates only the area code: 030-12345678, 06-12345678.
      return plan.cc === '1' ? [g0, ...rest].join('-') : `${plan.trunk}${g0}-${rest.join('')}`;
    case 'nat-dot':
      return [plan.trunk + g0, ...rest].join('.');
    case 'nat-compact':
      return plan.trunk + all;
    case 'nat-paren':
      return `(${plan.trunk}${g0}) ${rest.join(restSep)}`;
    case 'nat-slash':
      return `${plan.trunk}${g0}/${rest.join('')}`;
    case 'bare':
      return groups.join(' ');
    case 'intl':
      return `+${plan.cc} ${groups.join(' ')}`;
    case 'intl-dash':
      return `+${plan.cc}-${groups.join('-')}`;
    case 'intl-0':
      return `+${plan.cc} (0)${groups.join(' ')}`;
    case 'intl-paren':
      return `+${plan.cc} (${g0}) ${rest.join(restSep)}`;
    case 'e164':
      return `+${plan.cc}${all}`;
    case 'us-1':
      return `1-${groups.join('-')}`;
  }
}

export interface Phone {
  text: string;
  /** The country to validate it with (a NANP number is US or CA by its area code). */
  country: CountryCode;
}

/** A phone number valid per libphonenumber-js for `country`. `e164`: force the `+15551234567` form. */
export function makePhone(rng: Rng, country: Country, e164 = false): Phone {
  const plan = PHONE_PLANS[country];
  for (let attempt = 0; attempt < 500; attempt++) {
    const groups = plan.groups(rng);
    const style = e164 ? 'e164' : weighted(rng, plan.styles);
    const text = renderPhone(plan, groups, style);
    const cc: CountryCode = plan.cc === '1' && CA_AREAS.includes(groups[0] ?? '') ? 'CA' : country;
    if (isValidMax(text, cc) && isValidMin(text, cc)) return { text, country: cc };
  }
  throw new Error(`no valid phone for ${country}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Postal addresses

export interface Address {
  country: Country;
  /** Street line (house number + street), or a PO box. */
  line1: string;
  /** Apartment, suite, floor, locality; '' if none. */
  line2: string;
  city: string;
  region: string;
  postcode: string;
  poBox: boolean;
}

type CityRow = readonly [city: string, region: string, postcodes: readonly string[]];

const US_CITIES: readonly CityRow[] = [
  ['San Francisco', 'CA', ['94103', '94110', '94117', '94122']],
  ['Springfield', 'IL', ['62701', '62704']],
  ['Austin', 'TX', ['78701', '78704', '78745']],
  ['Brooklyn', 'NY', ['11201', '11215', '11238']],
  ['Portland', 'OR', ['97205', '97214']],
  ['Denver', 'CO', ['80202', '80206']],
  ['Chicago', 'IL', ['60614', '60622', '60647']],
  ['Seattle', 'WA', ['98103', '98122']],
  ['Boston', 'MA', ['02134', '02116', '02130']],
  ['Miami', 'FL', ['33131', '33139']],
  ['Atlanta', 'GA', ['30308', '30312']],
  ['Madison', 'WI', ['53703']],
  ['Burlington', 'VT', ['05401']],
  ['Newark', 'NJ', ['07102']],
  ['Honolulu', 'HI', ['96815']],
  ['Santa Fe', 'NM', ['87501']],
  ['Nashville', 'TN', ['37203']],
  ['Minneapolis', 'MN', ['55408']],
];
const US_STREETS = [
  'Main',
  'Oak',
  'Maple',
  'Cedar',
  'Elm',
  'Washington',
  'Lake',
  'Hill',
  'Park',
  'Pine',
  '2nd',
  '3rd',
  '5th',
  '14th',
  'Sunset',
  'Mission',
  'Valencia',
  'Market',
  'Lincoln',
  'Jefferson',
  'Willow',
  'Chestnut',
  'Magnolia',
  'Juniper',
  'Highland',
  'Riverside',
  'Forest',
  'Spring',
  'Church',
  'Mill',
];
const US_SUFFIXES = ['St', 'Street', 'Ave', 'Avenue', 'Blvd', 'Rd', 'Road', 'Dr', 'Ln', 'Way', 'Ct', 'Pl', 'Ter', 'Pkwy'];

const CA_CITIES: readonly CityRow[] = [
  ['Vancouver', 'BC', ['V6C 1T1', 'V5K 0A1', 'V6B 2W9']],
  ['Toronto', 'ON', ['M5V 2T6', 'M4C 1B5', 'M6G 3A8']],
  ['Montréal', 'QC', ['H2X 1Y4', 'H3B 1K9', 'H2T 2M2']],
  ['Calgary', 'AB', ['T2P 1J9', 'T2R 0S5']],
  ['Ottawa', 'ON', ['K1P 5J2', 'K2P 1L4']],
  ['Halifax', 'NS', ['B3J 1S9', 'B3H 4R2']],
  ['Winnipeg', 'MB', ['R3C 0V8']],
];
const CA_STREETS = [
  'Granville St',
  'Queen St W',
  'Spadina Ave',
  'Yonge St',
  'Bloor St W',
  'Robson St',
  'Jasper Ave',
  'Barrington St',
  'Elgin St',
  'Portage Ave',
];
const QC_STREETS = ['rue Sainte-Catherine O', 'boul. Saint-Laurent', 'rue Saint-Denis', 'avenue du Mont-Royal E', 'rue Sherbrooke O'];

const GB_CITIES: readonly CityRow[] = [
  ['London', '', ['E8', 'N1', 'SE15', 'SW9', 'NW5', 'W12']],
  ['Leeds', '', ['LS6', 'LS7']],
  ['Manchester', '', ['M14', 'M20', 'M4']],
  ['Bristol', '', ['BS6', 'BS3']],
  ['Edinburgh', '', ['EH9', 'EH6']],
  ['Cardiff', '', ['CF24', 'CF11']],
  ['Glasgow', '', ['G12', 'G41']],
  ['Brighton', '', ['BN2', 'BN1']],
  ['Oxford', '', ['OX4']],
  ['Belfast', '', ['BT7', 'BT9']],
  ['York', '', ['YO31']],
  ['Norwich', '', ['NR2']],
];
const GB_STREETS = [
  'High Street',
  'Church Lane',
  'Station Road',
  'Victoria Road',
  'Green Lane',
  'Manor Road',
  'Park Avenue',
  'Kings Road',
  'Queen Street',
  'The Crescent',
  'Albert Road',
  'Mill Lane',
  'Chapel Street',
  'Orchard Close',
  'Meadow View',
];

const DE_CITIES: readonly CityRow[] = [
  ['Berlin', '', ['10115', '10119', '10243', '10405', '12043', '10997']],
  ['München', '', ['80331', '80336', '80469', '81675']],
  ['Hamburg', '', ['20095', '20357', '22765']],
  ['Köln', '', ['50667', '50733', '50937']],
  ['Frankfurt am Main', '', ['60311', '60316', '60594']],
  ['Stuttgart', '', ['70173', '70199']],
  ['Leipzig', '', ['04109', '04277']],
  ['Dresden', '', ['01067', '01099']],
  ['Düsseldorf', '', ['40210', '40477']],
  ['Freiburg im Breisgau', '', ['79098']],
];
const DE_STREETS = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Schillerstraße',
  'Goethestr.',
  'Lindenallee',
  'Am Markt',
  'Berliner Straße',
  'Gartenweg',
  'Kastanienallee',
  'Schönhauser Allee',
  'Friedrichstraße',
  'Kirchgasse',
  'Mühlenweg',
  'Sonnenallee',
  'Karl-Marx-Straße',
  'Am Kupfergraben',
];

const FR_CITIES: readonly CityRow[] = [
  ['Paris', '', ['75002', '75011', '75015', '75018', '75020']],
  ['Lyon', '', ['69002', '69007']],
  ['Marseille', '', ['13001', '13006']],
  ['Toulouse', '', ['31000']],
  ['Nantes', '', ['44000']],
  ['Bordeaux', '', ['33000']],
  ['Lille', '', ['59000']],
  ['Strasbourg', '', ['67000']],
  ['Montpellier', '', ['34000']],
  ['Rennes', '', ['35000']],
];
const FR_STREETS = [
  'rue de la Paix',
  'avenue Jean Jaurès',
  'boulevard Voltaire',
  'place Bellecour',
  'impasse des Lilas',
  'chemin des Vignes',
  'allée des Tilleuls',
  'rue Victor Hugo',
  'rue du Faubourg Saint-Antoine',
  'quai de la Fosse',
  'cours Mirabeau',
  'rue des Écoles',
];

const ES_CITIES: readonly CityRow[] = [
  ['Madrid', '', ['28013', '28004', '28045']],
  ['Barcelona', '', ['08013', '08012', '08001']],
  ['Valencia', '', ['46002', '46021']],
  ['Sevilla', '', ['41004']],
  ['Bilbao', '', ['48001']],
  ['Málaga', '', ['29015']],
];
const ES_STREETS = [
  'Calle Mayor',
  'Avenida de la Constitución',
  'Carrer de Mallorca',
  'Paseo de la Castellana',
  'Plaza Mayor',
  'Calle de Alcalá',
  'Gran Vía',
  'Rambla de Catalunya',
];

const IT_CITIES: readonly CityRow[] = [
  ['Roma', 'RM', ['00184', '00153', '00197']],
  ['Milano', 'MI', ['20121', '20135', '20144']],
  ['Torino', 'TO', ['10121', '10138']],
  ['Napoli', 'NA', ['80138', '80121']],
  ['Bologna', 'BO', ['40121', '40126']],
  ['Firenze', 'FI', ['50122', '50123']],
];
const IT_STREETS = [
  'Via Roma',
  'Via Giuseppe Garibaldi',
  'Corso Vittorio Emanuele II',
  'Piazza Navona',
  'Viale Monza',
  'Via dei Mille',
  'Corso Buenos Aires',
  'Via San Vitale',
];

const NL_CITIES: readonly (readonly [string, number, number])[] = [
  ['Amsterdam', 1011, 1109],
  ['Rotterdam', 3011, 3089],
  ['Utrecht', 3511, 3585],
  ['Den Haag', 2511, 2597],
  ['Eindhoven', 5611, 5658],
  ['Groningen', 9711, 9747],
];
const NL_STREETS = [
  'Keizersgracht',
  'Damrak',
  'Oudegracht',
  'Coolsingel',
  'Prinsengracht',
  'Laan van Meerdervoort',
  'Stationsweg',
  'Kerkstraat',
  'Vondelstraat',
];

const AU_CITIES: readonly CityRow[] = [
  ['Sydney', 'NSW', ['2000']],
  ['Surry Hills', 'NSW', ['2010']],
  ['Newtown', 'NSW', ['2042']],
  ['Melbourne', 'VIC', ['3000']],
  ['Fitzroy', 'VIC', ['3065']],
  ['Brisbane', 'QLD', ['4000']],
  ['Perth', 'WA', ['6000']],
  ['Adelaide', 'SA', ['5000']],
  ['Hobart', 'TAS', ['7000']],
  ['Canberra', 'ACT', ['2601']],
];
const AU_STREETS = [
  'King St',
  'George Street',
  'Collins St',
  'Ocean Pde',
  'Flinders Lane',
  'Smith St',
  'Brunswick St',
  'Crown St',
  'Hay St',
  'Elizabeth St',
];

const IN_CITIES: readonly CityRow[] = [
  ['Bengaluru', 'Karnataka', ['560038', '560034', '560001']],
  ['Mumbai', 'Maharashtra', ['400050', '400001', '400076']],
  ['New Delhi', 'Delhi', ['110017', '110001', '110048']],
  ['Chennai', 'Tamil Nadu', ['600028', '600040']],
  ['Pune', 'Maharashtra', ['411001', '411038']],
  ['Hyderabad', 'Telangana', ['500034', '500081']],
];
const IN_ROADS = ['12th Main Road', '3rd Cross Road', 'MG Road', 'Linking Road', 'Anna Salai', 'Park Street', 'FC Road', '100 Feet Road'];
const IN_LOCALITIES = ['Indiranagar', 'Koramangala', 'Bandra West', 'Hauz Khas', 'T. Nagar', 'Banjara Hills', 'Kothrud'];

const BR_CITIES: readonly CityRow[] = [
  ['São Paulo', 'SP', ['01310-100', '01304-001', '04538-133']],
  ['Rio de Janeiro', 'RJ', ['22070-011', '20040-002']],
  ['Belo Horizonte', 'MG', ['30130-010']],
  ['Curitiba', 'PR', ['80010-000']],
  ['Porto Alegre', 'RS', ['90010-150']],
  ['Recife', 'PE', ['50030-230']],
];
const BR_STREETS = [
  'Rua Augusta',
  'Avenida Paulista',
  'Rua das Flores',
  'Rua Oscar Freire',
  'Avenida Atlântica',
  'Rua XV de Novembro',
  'Rua da Consolação',
];

const BE_CITIES: readonly CityRow[] = [
  ['Bruxelles', '', ['1000', '1050', '1060']],
  ['Antwerpen', '', ['2000', '2018']],
  ['Gent', '', ['9000']],
  ['Liège', '', ['4000']],
  ['Leuven', '', ['3000']],
];
const BE_STREETS = [
  'Rue Neuve',
  'Meir',
  'Avenue Louise',
  'Kerkstraat',
  'Rue de la Loi',
  'Veldstraat',
  'Chaussée de Charleroi',
  'Bondgenotenlaan',
];

const CH_CITIES: readonly CityRow[] = [
  ['Zürich', '', ['8001', '8004', '8037']],
  ['Genève', '', ['1204', '1201']],
  ['Bern', '', ['3011']],
  ['Basel', '', ['4051']],
  ['Lausanne', '', ['1003']],
];
const CH_STREETS = ['Bahnhofstrasse', 'Rue du Rhône', 'Marktgasse', 'Langstrasse', 'Avenue de la Gare', 'Spalenberg', 'Kramgasse'];

function cityRow(rng: Rng, rows: readonly CityRow[]): { city: string; region: string; postcode: string } {
  const [city, region, codes] = rng.pick(rows);
  return { city, region, postcode: rng.pick(codes) };
}

export function makeAddress(rng: Rng, country: Country): Address {
  const num = (max: number) => String(rng.int(1, max));
  const po = rng.chance(0.07);
  const base = { country, poBox: po, line2: '' };
  switch (country) {
    case 'US': {
      const c = cityRow(rng, US_CITIES);
      const postcode = rng.chance(0.2) ? `${c.postcode}-${rng.digits(4)}` : c.postcode;
      if (po) return { ...base, ...c, postcode, line1: `${rng.pick(['PO Box', 'P.O. Box', 'Post Office Box', 'PO BOX'])} ${num(9999)}` };
      const dir = rng.chance(0.15) ? `${rng.pick(['N', 'S', 'E', 'W', 'NW', 'SE'])} ` : '';
      const line2 = rng.chance(0.3)
        ? rng.pick([
            `Apt ${num(30)}${rng.pick(['', 'A', 'B', 'C'])}`,
            `Suite ${num(9)}00`,
            `Unit ${num(40)}`,
            `#${num(999)}`,
            `Apt. ${num(9)}${rng.pick(['A', 'B'])}`,
            `Fl ${num(6)}`,
          ])
        : '';
      return {
        ...base,
        ...c,
        postcode,
        line1: `${num(rng.chance(0.5) ? 999 : 9999)} ${dir}${rng.pick(US_STREETS)} ${rng.pick(US_SUFFIXES)}`,
        line2,
      };
    }
    case 'CA': {
      const c = cityRow(rng, CA_CITIES);
      if (po) return { ...base, ...c, line1: c.region === 'QC' ? `C.P. ${num(9999)}` : `PO Box ${num(9999)}` };
      const street = c.region === 'QC' ? rng.pick(QC_STREETS) : rng.pick(CA_STREETS);
      const n = num(2999);
      if (rng.chance(0.25)) return { ...base, ...c, line1: `${num(40)}0${num(9)}-${n} ${street}` };
      const line2 = rng.chance(0.25)
        ? rng.pick([`Unit ${num(30)}0${num(9)}`, `Suite ${num(9)}00`, `Apt ${num(20)}`, `App. ${num(12)}`])
        : '';
      return { ...base, ...c, line1: `${n} ${street}`, line2 };
    }
    case 'GB': {
      const [city, , outwards] = rng.pick(GB_CITIES);
      const postcode = `${rng.pick(outwards)} ${rng.int(1, 9)}${letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
      if (po) return { ...base, city, region: '', postcode, line1: `PO Box ${num(9999)}` };
      const street = `${num(180)} ${rng.pick(GB_STREETS)}`;
      const r = rng.float();
      if (r < 0.2) return { ...base, city, region: '', postcode, line1: `Flat ${num(12)}, ${street}` };
      if (r < 0.3) return { ...base, city, region: '', postcode, line1: street, line2: `Flat ${num(12)}` };
      return { ...base, city, region: '', postcode, line1: street };
    }
    case 'DE': {
      const c = cityRow(rng, DE_CITIES);
      if (po)
        return {
          ...base,
          ...c,
          line1: rng.chance(0.5) ? `Postfach ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}` : `Postfach ${rng.int(1000, 9999)}`,
        };
      const house = rng.chance(0.1) ? `${num(40)}-${rng.int(41, 60)}` : `${num(150)}${rng.chance(0.15) ? rng.pick(['a', 'b', 'c']) : ''}`;
      const line2 = rng.chance(0.15) ? rng.pick(['Hinterhaus', `${num(5)}. OG`, 'Aufgang B', `Whg. ${num(30)}`]) : '';
      return { ...base, ...c, line1: `${rng.pick(DE_STREETS)} ${house}`, line2 };
    }
    case 'FR': {
      const c = cityRow(rng, FR_CITIES);
      if (po) return { ...base, ...c, line1: `BP ${num(999)}` };
      const bis = rng.chance(0.1) ? rng.pick([' bis', ' ter']) : '';
      const line2 = rng.chance(0.2)
        ? rng.pick(['Bâtiment B', `Appt ${num(40)}`, `Escalier ${num(4)}, ${num(6)}e étage`, 'Résidence Les Pins'])
        : '';
      return { ...base, ...c, line1: `${num(140)}${bis} ${rng.pick(FR_STREETS)}`, line2 };
    }
    case 'ES': {
      const c = cityRow(rng, ES_CITIES);
      if (po) return { ...base, ...c, line1: `Apartado de Correos ${num(999)}` };
      const line2 = rng.chance(0.6)
        ? rng.pick([`${num(8)}º ${rng.pick(['A', 'B', 'C', 'D'])}`, `${num(6)}º ${num(4)}ª`, 'Bajo', `Esc. izq., ${num(7)}º D`])
        : '';
      return { ...base, ...c, line1: `${rng.pick(ES_STREETS)}${rng.chance(0.5) ? ',' : ''} ${num(220)}`, line2 };
    }
    case 'IT': {
      const c = cityRow(rng, IT_CITIES);
      if (po) return { ...base, ...c, line1: `Casella Postale ${num(999)}` };
      const line2 = rng.chance(0.2) ? rng.pick([`Scala B, Interno ${num(20)}`, `int. ${num(12)}`, `piano ${num(6)}`]) : '';
      return { ...base, ...c, line1: `${rng.pick(IT_STREETS)}${rng.chance(0.4) ? ',' : ''} ${num(200)}`, line2 };
    }
    case 'NL': {
      const [city, lo, hi] = rng.pick(NL_CITIES);
      const postcode = `${rng.int(lo, hi)} ${letters(rng, 2, 'ABCEGHJKLNPRTVWXZ')}`;
      if (po) return { ...base, city, region: '', postcode, line1: `Postbus ${rng.int(100, 9999)}` };
      const suffix = rng.chance(0.25) ? rng.pick(['-2', ' A', '-hs', ' II', '-3']) : '';
      return { ...base, city, region: '', postcode, line1: `${rng.pick(NL_STREETS)} ${num(300)}${suffix}` };
    }
    case 'AU': {
      const c = cityRow(rng, AU_CITIES);
      if (po) return { ...base, ...c, line1: `${rng.pick(['PO Box', 'GPO Box', 'P.O. Box'])} ${num(9999)}` };
      const street = `${num(400)} ${rng.pick(AU_STREETS)}`;
      const r = rng.float();
      if (r < 0.15) return { ...base, ...c, line1: `Unit ${num(20)}, ${street}` };
      if (r < 0.3) return { ...base, ...c, line1: `${num(20)}/${street}` };
      if (r < 0.4) return { ...base, ...c, line1: street, line2: `Unit ${num(20)}` };
      return { ...base, ...c, line1: street };
    }
    case 'IN': {
      const c = cityRow(rng, IN_CITIES);
      if (po) return { ...base, ...c, line1: `PO Box ${num(9999)}` };
      const line1 = rng.chance(0.6)
        ? `No. ${num(400)}, ${rng.pick(IN_ROADS)}`
        : `Flat ${rng.pick(['A', 'B', 'C'])}-${num(9)}0${num(9)}, ${rng.pick(['Sunshine Apartments', 'Lakeview Residency', 'Green Valley Towers'])}`;
      return { ...base, ...c, line1, line2: rng.pick(IN_LOCALITIES) };
    }
    case 'BR': {
      const c = cityRow(rng, BR_CITIES);
      if (po) return { ...base, ...c, line1: `Caixa Postal ${num(9999)}` };
      const line2 = rng.chance(0.5)
        ? rng.pick([`Apto ${num(20)}${num(9)}`, `Bloco B, Apto ${num(9)}0${num(9)}`, `Casa ${num(4)}`, `Sala ${num(20)}0${num(9)}`])
        : '';
      return { ...base, ...c, line1: `${rng.pick(BR_STREETS)}, ${num(2500)}`, line2 };
    }
    case 'BE': {
      const c = cityRow(rng, BE_CITIES);
      if (po) return { ...base, ...c, line1: `Postbus ${num(999)}` };
      const line2 = rng.chance(0.2) ? rng.pick([`bus ${num(12)}`, `boîte ${num(12)}`]) : '';
      return { ...base, ...c, line1: `${rng.pick(BE_STREETS)} ${num(250)}`, line2 };
    }
    case 'CH': {
      const c = cityRow(rng, CH_CITIES);
      if (po) return { ...base, ...c, line1: `Postfach ${num(999)}` };
      return { ...base, ...c, line1: `${rng.pick(CH_STREETS)} ${num(120)}` };
    }
  }
}

export const COUNTRY_NAME: Record<Country, readonly string[]> = {
  US: ['United States', 'USA', 'US'],
  CA: ['Canada'],
  GB: ['United Kingdom', 'UK'],
  DE: ['Germany', 'Deutschland'],
  FR: ['France'],
  ES: ['Spain', 'España'],
  IT: ['Italy', 'Italia'],
  NL: ['Netherlands', 'Nederland'],
  AU: ['Australia'],
  IN: ['India'],
  BR: ['Brazil', 'Brasil'],
  BE: ['Belgium', 'Belgique'],
  CH: ['Switzerland', 'Schweiz'],
};

/** "City, ST 94110", "10115 Berlin", "Sydney NSW 2000", ... */
export function cityLine(a: Address): string {
  switch (a.country) {
    case 'US':
      return `${a.city}, ${a.region} ${a.postcode}`;
    case 'CA':
    case 'AU':
      return `${a.city} ${a.region} ${a.postcode}`;
    case 'GB':
      return `${a.city} ${a.postcode}`;
    case 'IT':
      return `${a.postcode} ${a.city} ${a.region}`;
    case 'IN':
      return `${a.city}, ${a.region} ${a.postcode}`;
    case 'BR':
      return `${a.city} - ${a.region}, ${a.postcode}`;
    default:
      return `${a.postcode} ${a.city}`;
  }
}

/** The street part: line 1, with line 2 where the country writes it (an AU unit goes first). */
export function streetPart(a: Address): string {
  if (!a.line2) return a.line1;
  if (a.country === 'AU') return `${a.line2}, ${a.line1}`;
  return `${a.line1}, ${a.line2}`;
}

export function oneLineAddress(rng: Rng, a: Address): string {
  const country = rng.chance(0.25) ? `, ${rng.pick(COUNTRY_NAME[a.country])}` : '';
  return `${streetPart(a)}, ${cityLine(a)}${country}`;
}

export function multiLineAddress(a: Address): string {
  return `${streetPart(a)}\n${cityLine(a)}`;
}

/** Mailchimp's single Address cell: addr1, addr2, city, state, zip, country separated by two spaces. */
export function mailchimpAddress(a: Address): string {
  return [a.line1, a.line2, a.city, a.region, a.postcode, a.country].filter((p) => p !== '').join('  ');
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTH_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

export function makeDate(rng: Rng, fromYear: number, toYear: number): Ymd {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  return { y, m, d: rng.int(1, DAYS_IN_MONTH[m - 1] ?? 28) };
}

export type DateStyle = 'iso' | 'us' | 'eu' | 'dot' | 'd-mon-y' | 'mon-d-y' | 'long-en' | 'long-de' | 'long-fr' | 'mm/dd' | 'dd/mm';

export function fmtDate(t: Ymd, style: DateStyle): string {
  const mm = pad(t.m, 2);
  const dd = pad(t.d, 2);
  switch (style) {
    case 'iso':
      return `${t.y}-${mm}-${dd}`;
    case 'us':
      return `${mm}/${dd}/${t.y}`;
    case 'eu':
      return `${dd}/${mm}/${t.y}`;
    case 'dot':
      return `${dd}.${mm}.${t.y}`;
    case 'd-mon-y':
      return `${t.d} ${MON_EN[t.m - 1]} ${t.y}`;
    case 'mon-d-y':
      return `${MON_EN[t.m - 1]} ${t.d}, ${t.y}`;
    case 'long-en':
      return `${MONTH_EN[t.m - 1]} ${t.d}, ${t.y}`;
    case 'long-de':
      return `${t.d}. ${MONTH_DE[t.m - 1]} ${t.y}`;
    case 'long-fr':
      return `${t.d === 1 ? '1er' : t.d} ${MONTH_FR[t.m - 1]} ${t.y}`;
    case 'mm/dd':
      return `${mm}/${dd}`;
    case 'dd/mm':
      return `${dd}/${mm}`;
  }
}

export function makeDob(rng: Rng): Ymd {
  return makeDate(rng, 1946, 2006);
}

export type TimeStyle = 'sql' | 'iso-z' | 'us-12h' | 'eu-24h' | 'hubspot' | 'mon-d-y-time';

interface DateTime {
  t: Ymd;
  h: number;
  mi: number;
  s: number;
}

function makeDateTime(rng: Rng, fromYear: number, toYear: number): DateTime {
  const t = makeDate(rng, fromYear, toYear);
  if (t.y === 2026 && t.m > 3) {
    t.m = rng.int(1, 3);
    t.d = Math.min(t.d, 28);
  }
  return { t, h: rng.int(0, 23), mi: rng.int(0, 59), s: rng.int(0, 59) };
}

function fmtDateTime({ t, h, mi: minute, s: second }: DateTime, style: TimeStyle): string {
  const mi = pad(minute, 2);
  const s = pad(second, 2);
  switch (style) {
    case 'sql':
      return `${fmtDate(t, 'iso')} ${pad(h, 2)}:${mi}:${s}`;
    case 'iso-z':
      return `${fmtDate(t, 'iso')}T${pad(h, 2)}:${mi}:${s}Z`;
    case 'us-12h':
      return `${t.m}/${t.d}/${t.y} ${h % 12 === 0 ? 12 : h % 12}:${mi} ${h < 12 ? 'AM' : 'PM'}`;
    case 'eu-24h':
      return `${fmtDate(t, 'dot')} ${pad(h, 2)}:${mi}`;
    case 'hubspot':
      return `${fmtDate(t, 'iso')} ${pad(h, 2)}:${mi}`;
    case 'mon-d-y-time':
      return `${MON_EN[t.m - 1]} ${t.d}, ${t.y} ${h % 12 === 0 ? 12 : h % 12}:${mi} ${h < 12 ? 'am' : 'pm'}`;
  }
}

/** A timestamp (signup, last change, open): a hard negative wherever it appears. */
export function timestamp(rng: Rng, style: TimeStyle, fromYear = 2019, toYear = 2026): string {
  return fmtDateTime(makeDateTime(rng, fromYear, toYear), style);
}

/** Several timestamps in chronological order (created, confirmed, last changed, ...). */
export function timestamps(rng: Rng, n: number, style: TimeStyle): string[] {
  const key = (x: DateTime) => ((((x.t.y * 13 + x.t.m) * 32 + x.t.d) * 24 + x.h) * 60 + x.mi) * 60 + x.s;
  const list: DateTime[] = [];
  for (let i = 0; i < n; i++) list.push(makeDateTime(rng, 2019, 2026));
  return list.sort((a, b) => key(a) - key(b)).map((x) => fmtDateTime(x, style));
}

/** A date `months` after `t` (deadlines). */
export function addMonths(t: Ymd, months: number): Ymd {
  const m0 = t.m - 1 + months;
  return { y: t.y + Math.floor(m0 / 12), m: (m0 % 12) + 1, d: Math.min(t.d, 28) };
}

/** A recent date (orders, activity) between 2022 and March 2026. */
export function recentDate(rng: Rng): Ymd {
  const t = makeDate(rng, 2022, 2026);
  if (t.y === 2026 && t.m > 3) {
    t.m = rng.int(1, 3);
    t.d = Math.min(t.d, 28);
  }
  return t;
}

// ---------------------------------------------------------------------------------------------------------------
// Money and purchase history

export type Currency = 'USD' | 'EUR' | 'GBP' | 'CAD' | 'AUD' | 'INR' | 'BRL' | 'CHF';

export const CURRENCY_OF: Record<Country, Currency> = {
  US: 'USD',
  CA: 'CAD',
  GB: 'GBP',
  DE: 'EUR',
  FR: 'EUR',
  ES: 'EUR',
  IT: 'EUR',
  NL: 'EUR',
  BE: 'EUR',
  AU: 'AUD',
  IN: 'INR',
  BR: 'BRL',
  CH: 'CHF',
};

function group3(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function groupIndian(int: string): string {
  if (int.length <= 3) return int;
  const last3 = int.slice(-3);
  return `${int.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',')},${last3}`;
}

/** An amount as shops and ESPs print it in that currency, in one of its usual styles. */
export function money(rng: Rng, amount: number, cur: Currency): string {
  const cents = Math.round(amount * 100);
  const int = String(Math.floor(cents / 100));
  const dec = pad(cents % 100, 2);
  const whole = dec === '00' && rng.chance(0.3);
  const en = (sym: string) => `${sym}${group3(int, ',')}${whole ? '' : `.${dec}`}`;
  switch (cur) {
    case 'USD':
      return weighted(rng, [
        [en('$'), 6],
        [`USD ${group3(int, ',')}.${dec}`, 1],
        [`${group3(int, ',')}.${dec} USD`, 1],
        [`$${int}.${dec}`, 1],
      ]);
    case 'EUR':
      return weighted(rng, [
        [`€${group3(int, '.')},${dec}`, 2],
        [`${group3(int, '.')},${dec} €`, 3],
        [`${group3(int, '\u202f')},${dec}\u00a0€`, 2],
        [`${group3(int, ' ')},${dec} €`, 1],
        [`EUR ${group3(int, '.')},${dec}`, 1],
        [en('€'), 1],
      ]);
    case 'GBP':
      return weighted(rng, [
        [en('£'), 5],
        [`£${group3(int, ',')}`, 1],
        [`GBP ${group3(int, ',')}.${dec}`, 1],
      ]);
    case 'CAD':
      return weighted(rng, [
        [en('CA$'), 2],
        [`$${group3(int, ',')}.${dec} CAD`, 2],
        [en('$'), 1],
      ]);
    case 'AUD':
      return weighted(rng, [
        [en('A$'), 2],
        [`$${group3(int, ',')}.${dec} AUD`, 1],
        [en('AU$'), 1],
      ]);
    case 'INR':
      return weighted(rng, [
        [`₹${groupIndian(int)}.${dec}`, 3],
        [`Rs. ${groupIndian(int)}`, 1],
        [`INR ${group3(int, ',')}.${dec}`, 1],
      ]);
    case 'BRL':
      return `R$ ${group3(int, '.')},${dec}`;
    case 'CHF':
      return weighted(rng, [
        [`CHF ${group3(int, "'")}.${dec}`, 3],
        [`CHF ${group3(int, '’')}.${dec}`, 1],
        [`Fr. ${group3(int, "'")}.${dec}`, 1],
      ]);
  }
}

/** A bare amount as exports hold it: `1234.56`, or `1234,56` in semicolon (European) files. */
export function plainAmount(amount: number, decimalComma: boolean): string {
  const s = amount.toFixed(2);
  return decimalComma ? s.replace('.', ',') : s;
}

export interface Purchases {
  orders: number;
  spent: number;
  aov: number;
  lastOrder: Ymd | undefined;
  products: string[];
}

export const PRODUCTS = [
  'Marlowe Leather Tote',
  'Linen Shirt (Sand / M)',
  'Ceramic Pour-Over Set',
  'Merino Crew Socks 3-Pack',
  'Cold Brew Concentrate 1L',
  'Bamboo Toothbrush x4',
  'Ethiopian Yirgacheffe 250g',
  'Trail Runner 2 - Size 42',
  'Waxed Canvas Apron',
  'Hinoki Candle',
  'Oat Milk Barista Edition',
  'Cast Iron Skillet 26cm',
  'Alpaca Throw - Slate',
  'Everyday Sneaker (White / 8)',
  'Reusable Beeswax Wraps',
  'Matcha Starter Kit',
  'Yoga Mat Pro 5mm',
  'Sourdough Starter Jar',
  'Walnut Desk Organizer',
  'Rain Shell Jacket (Navy / L)',
];

export function makePurchases(rng: Rng): Purchases {
  const orders = weighted(rng, [
    [0, 2],
    [1, 4],
    [rng.int(2, 5), 4],
    [rng.int(6, 40), 1],
  ]);
  const aov = orders === 0 ? 0 : rng.int(1500, 32000) / 100;
  const spent = Math.round(orders * aov * 100) / 100;
  const products: string[] = [];
  for (let i = 0; i < Math.min(orders, rng.int(1, 3)); i++) {
    const p = rng.pick(PRODUCTS);
    if (!products.includes(p)) products.push(p);
  }
  return { orders, spent, aov, lastOrder: orders > 0 ? recentDate(rng) : undefined, products };
}

// ---------------------------------------------------------------------------------------------------------------
// Payment cards

function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body.charAt(body.length - 1 - i));
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function cardDigits(rng: Rng): string {
  const brand = weighted(rng, [
    ['visa', 5],
    ['mc', 3],
    ['mc2', 1],
    ['amex', 2],
    ['discover', 1],
  ] as const);
  let prefix: string;
  let len = 16;
  switch (brand) {
    case 'visa':
      prefix = '4';
      break;
    case 'mc':
      prefix = String(rng.int(51, 55));
      break;
    case 'mc2':
      prefix = String(rng.int(2221, 2720));
      break;
    case 'amex':
      prefix = rng.pick(['34', '37']);
      len = 15;
      break;
    case 'discover':
      prefix = rng.pick(['6011', '65', String(rng.int(644, 649))]);
      break;
  }
  const body = prefix + rng.digits(len - 1 - prefix.length);
  return body + String(luhnCheckDigit(body));
}

function groupCard(digits: string, sep: string): string {
  if (digits.length === 15) return [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)].join(sep);
  return digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

/** A Luhn-valid card number: plain, spaced (4-4-4-4, Amex 4-6-5) or dashed. */
export function makeCard(rng: Rng): string {
  const d = cardDigits(rng);
  return weighted(rng, [
    [d, 2],
    [groupCard(d, ' '), 4],
    [groupCard(d, '-'), 2],
  ]);
}

/** A 16-digit number that fails Luhn (gift cards, loyalty numbers, references). */
export function luhnFailing16(rng: Rng, grouped: boolean): string {
  const body = `${rng.int(1, 9)}${rng.digits(14)}`;
  const bad = String((luhnCheckDigit(body) + rng.int(1, 9)) % 10);
  return grouped ? groupCard(body + bad, ' ') : body + bad;
}

export function maskedCard(rng: Rng): string {
  const last4 = rng.digits(4);
  return rng.pick([
    `•••• ${last4}`,
    `Visa ending ${last4}`,
    `Mastercard ending in ${last4}`,
    `**** **** **** ${last4}`,
    `XXXX-XXXX-XXXX-${last4}`,
    `Amex ···· ${rng.digits(5)}`,
    `${rng.pick(['4', '5'])}${rng.digits(5)}******${last4}`,
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// IBANs

function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}

function lettersToDigits(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
}

function ibanCheck(cc: string, bban: string): string {
  return pad(98 - mod97(lettersToDigits(bban + cc + '00')), 2);
}

/** Spanish account check digits (the "DC" of the CCC). */
function esControl(ten: string): number {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const s = [...ten].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0);
  const d = 11 - (s % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}

export const IBAN_COUNTRIES = ['DE', 'FR', 'GB', 'ES', 'IT', 'NL', 'BE', 'CH'] as const;
export type IbanCountry = (typeof IBAN_COUNTRIES)[number];

function bbanFor(rng: Rng, cc: IbanCountry): string {
  switch (cc) {
    case 'DE':
      return rng.pick(['10010010', '37040044', '50010517', '20041133', '12030000']) + rng.digits(10);
    case 'FR': {
      const bank = rng.pick(['20041', '30002', '30004', '10278', '30066']);
      const branch = rng.digits(5);
      const account = rng.digits(11);
      const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(account)) % 97);
      return bank + branch + account + pad(key, 2);
    }
    case 'GB':
      return rng.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL']) + rng.digits(6) + rng.digits(8);
    case 'ES': {
      const bank = rng.pick(['2100', '0049', '0182', '2038', '0081']);
      const branch = rng.digits(4);
      const account = rng.digits(10);
      return bank + branch + String(esControl('00' + bank + branch)) + String(esControl(account)) + account;
    }
    case 'IT':
      return letters(rng, 1, 'ABCDEFGHIJKLMNOPRSTUVWXYZ') + rng.pick(['03069', '02008', '05034', '03062']) + rng.digits(5) + rng.digits(12);
    case 'NL':
      return rng.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'KNAB', 'BUNQ']) + rng.digits(10);
    case 'BE': {
      const first10 = rng.pick(['068', '310', '001', '363', '539']) + rng.digits(7);
      const c = Number(first10) % 97;
      return first10 + pad(c === 0 ? 97 : c, 2);
    }
    case 'CH':
      return rng.pick(['00762', '00230', '00700', '08390']) + rng.digits(12);
  }
}

function printIban(raw: string, grouped: boolean): string {
  return grouped ? raw.replace(/(.{4})(?=.)/g, '$1 ') : raw;
}

/** A mod-97-valid IBAN, in print form (groups of 4) or electronic form. */
export function makeIban(rng: Rng, cc: IbanCountry = rng.pick(IBAN_COUNTRIES)): string {
  const bban = bbanFor(rng, cc);
  return printIban(cc + ibanCheck(cc, bban) + bban, rng.chance(0.65));
}

/** An IBAN-shaped string whose check digits are wrong. */
export function badIban(rng: Rng): string {
  const cc = rng.pick(IBAN_COUNTRIES);
  const bban = bbanFor(rng, cc);
  const good = Number(ibanCheck(cc, bban));
  const bad = pad(((good - 2 + rng.int(1, 96)) % 97) + 2, 2);
  return printIban(cc + bad + bban, rng.chance(0.65));
}

// ---------------------------------------------------------------------------------------------------------------
// National ids

/** A structurally valid US SSN: area not 000, 666 or 900-999; group not 00; serial not 0000. */
export function makeSsn(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3);
  const g = pad(rng.int(1, 99), 2);
  const s = pad(rng.int(1, 9999), 4);
  return weighted(rng, [
    [`${a}-${g}-${s}`, 6],
    [`${a} ${g} ${s}`, 1],
    [`${a}${g}${s}`, 1],
  ]);
}

/** SSN-shaped but invalid (area 000, 666 or 9xx; or group 00; or serial 0000). */
export function invalidSsn(rng: Rng): string {
  return rng.pick([
    `000-${pad(rng.int(1, 99), 2)}-${pad(rng.int(1, 9999), 4)}`,
    `666-${pad(rng.int(1, 99), 2)}-${pad(rng.int(1, 9999), 4)}`,
    `9${rng.digits(2)}-${pad(rng.int(1, 99), 2)}-${pad(rng.int(1, 9999), 4)}`,
    `${pad(rng.int(1, 665), 3)}-00-${pad(rng.int(1, 9999), 4)}`,
    `${pad(rng.int(1, 665), 3)}-${pad(rng.int(1, 99), 2)}-0000`,
  ]);
}

/** A UK National Insurance number with a valid prefix and suffix A-D. */
export function makeNino(rng: Rng): string {
  const firstOk = 'ABCEGHJKLMNOPRSTWXYZ';
  const secondOk = 'ABCEGHJKLMNPRSTWXYZ';
  let prefix = '';
  do prefix = letters(rng, 1, firstOk) + letters(rng, 1, secondOk);
  while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(prefix));
  const d = rng.digits(6);
  const suffix = letters(rng, 1, 'ABCD');
  return rng.chance(0.5) ? `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}` : `${prefix}${d}${suffix}`;
}

export function makeNationalId(rng: Rng, country: Country): string {
  if (country === 'GB') return makeNino(rng);
  if (country === 'US') return makeSsn(rng);
  return rng.chance(0.6) ? makeSsn(rng) : makeNino(rng);
}

// ---------------------------------------------------------------------------------------------------------------
// IP addresses (documentation ranges only)

export function makeIp(rng: Rng): string {
  if (rng.chance(0.75)) return `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`;
  const h = () => hex(rng, rng.int(1, 4)).replace(/^0+(?=.)/, '');
  return rng.chance(0.5) ? `2001:db8:${h()}:${h()}::${h()}` : `2001:db8:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Hard negatives

export function orderId(rng: Rng): string {
  return rng.pick([
    `#${rng.int(1001, 99999)}`,
    `#${rng.int(100000, 999999)}`,
    `ORD-2026-${rng.digits(6)}`,
    `SO-${rng.digits(7)}`,
    `#${rng.int(1001, 9999)}-${rng.int(1, 9)}`,
  ]);
}

export function invoiceNo(rng: Rng): string {
  return rng.pick([`INV-${rng.int(2023, 2026)}-${rng.digits(5)}`, `F${rng.int(2024, 2026)}${rng.digits(6)}`, `RE-${rng.digits(8)}`]);
}

export function ticketNo(rng: Rng): string {
  return rng.pick([`#${rng.int(10000, 99999)}`, `CS-${rng.digits(6)}`, `SR${rng.digits(8)}`]);
}

export function trackingNo(rng: Rng): string {
  return rng.pick([
    `1Z${letters(rng, 3, 'ABCDEFGHJKLMNPRSTVWXY0123456789')}${rng.digits(3)}${rng.digits(10)}`,
    `9400 1${rng.digits(3)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`,
    `${letters(rng, 2)}${rng.digits(9)}GB`,
    `JJD${rng.digits(18)}`,
  ]);
}

export function sku(rng: Rng): string {
  return rng.pick([
    `TOTE-BLK-${rng.digits(3)}`,
    `SKU ${rng.digits(3)}-${rng.digits(4)}-${rng.digits(2)}`,
    `LIN-SH-${rng.pick(['S', 'M', 'L'])}-${rng.digits(2)}`,
    `${rng.digits(12)}`,
  ]);
}

export function version(rng: Rng): string {
  return rng.pick([
    `v${rng.int(1, 9)}.${rng.int(0, 30)}.${rng.int(0, 20)}`,
    `build 2026.${rng.int(1, 3)}.${rng.int(1, 9)}-${rng.digits(4)}`,
    `${rng.int(1, 12)}.${rng.int(0, 9)}.${rng.int(100, 9999)}`,
  ]);
}

export function giftCardCode(rng: Rng): string {
  const a = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return `${letters(rng, 4, a)}-${letters(rng, 4, a)}-${letters(rng, 4, a)}-${letters(rng, 4, a)}`;
}

export function percent(rng: Rng): string {
  return `${rng.int(0, 99)}.${rng.int(0, 9)}%`;
}

export function count(rng: Rng, max: number): string {
  return group3(String(rng.int(0, max)), ',');
}

const CENTRE: Record<Country, readonly [number, number]> = {
  US: [39.5, -98.35],
  CA: [49.5, -95.0],
  GB: [53.0, -1.8],
  DE: [51.0, 10.3],
  FR: [46.6, 2.4],
  ES: [40.2, -3.6],
  IT: [42.8, 12.6],
  NL: [52.2, 5.3],
  BE: [50.6, 4.6],
  CH: [46.8, 8.2],
  AU: [-33.0, 147.0],
  IN: [19.0, 77.0],
  BR: [-22.0, -46.0],
};

/** Latitude and longitude near the country (Mailchimp and Klaviyo geolocate signups): a hard negative. */
export function latLon(rng: Rng, country: Country): [string, string] {
  const [lat, lon] = CENTRE[country];
  const spread = country === 'US' || country === 'CA' || country === 'AU' || country === 'BR' ? 12 : 2.5;
  return [(lat + (rng.float() - 0.5) * spread).toFixed(7), (lon + (rng.float() - 0.5) * spread * 1.6).toFixed(7)];
}

export function hexColor(rng: Rng): string {
  return `#${hex(rng, 6)}`;
}

export function urlWithQuery(rng: Rng): string {
  return rng.pick([
    `https://shop.example.com/products/marlowe-tote?variant=${rng.digits(14)}&utm_source=newsletter&utm_campaign=spring_${rng.int(2024, 2026)}`,
    `https://www.example.org/c/${rng.digits(6)}?ref=${rng.digits(9)}&page=${rng.int(1, 9)}`,
    `https://links.example.net/ls/click?upn=${hex(rng, 24)}&id=${rng.digits(10)}`,
  ]);
}

/** A 10-digit Mailchimp LEID-style id and the 10-hex-char EUID. */
export function leid(rng: Rng): string {
  return String(rng.int(100_000_000, 999_999_999));
}

export function euid(rng: Rng): string {
  return hex(rng, 10);
}

export function uuid(rng: Rng): string {
  return `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${hex(rng, 3)}-${hex(rng, 12)}`;
}

export function ulid(rng: Rng): string {
  return `01${letters(rng, 24, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')}`;
}

export function handle(rng: Rng): string {
  return `@${rng.pick(['northwindcoffee', 'harperfinch', 'acme_outdoors', 'the.linen.loft', 'brewlab'])}`;
}

export const NPM_SCOPES = ['@acme/ui-kit', '@mc/design-system', '@klaviyo/onsite-modules', '@hubspot/ui-extensions', '@brevo/forms'];

/** Company names (some built from surnames): never labelled as person names. */
export const COMPANIES = [
  'Harper & Finch Outfitters',
  'Northwind Coffee Co.',
  'Lindqvist Design AB',
  'Marlowe & Sons',
  'Okafor Logistics Ltd',
  'Blue Heron Yoga',
  'Kowalski Bakery',
  'Fontaine Studio',
  'Green Valley Farms',
  'Acme Analytics GmbH',
  'Tanaka Trading KK',
  'Bright Path Tutors',
];

export const JOB_TITLES = [
  'Head of Growth',
  'Office Manager',
  'Buyer',
  'Founder',
  'Marketing Lead',
  'Procurement',
  'Student',
  'Nurse',
  'Teacher',
  'Engineer',
];

export const CAMPAIGNS = [
  'Spring Sale - 20% off everything',
  'Welcome Series #3',
  'Black Friday Early Access',
  'Back in stock: Marlowe Tote',
  'March Newsletter',
  'Win-back: we miss you',
  'Abandoned cart reminder (2)',
  'Summer Lookbook 2026',
];

export const TAGS = [
  'VIP',
  'Newsletter',
  'Wholesale',
  'Customer',
  'Leeds pop-up',
  'Imported 2024',
  'Lapsed',
  'Instagram giveaway',
  'B2B',
  'Gift buyer',
];
