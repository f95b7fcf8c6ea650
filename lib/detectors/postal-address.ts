import { AT, LETTER, LOWER, NON_ASCII, SPACE, UPPER, shapeDigits } from './shape';
import { defineDetector } from './types';

const SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Tce|View|Row|Walk|Rise|Hill|Green|Park|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Crescent|Cres|Close|Square|Sq|Grove|Gardens|Mews|Parade|Pde';
const UNIT = String.raw`(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|#) ?[A-Za-z0-9-]{1,6})?`;
/** The locality line: US state + ZIP, Canadian province + postal code, Australian state + postcode, UK postcode. */
const LOCALITY = String.raw`(?:,? [A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3},? (?:[A-Z]{2} \d{5}(?:-\d{4})?|(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT) [A-Z]\d[A-Z] ?\d[A-Z]\d|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT) \d{4}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}))?`;
const STREET_EN = String.raw`\b\d{1,5}[A-Za-z]?(?: (?:[A-Z][A-Za-z'.-]*|\d{1,3}(?:st|nd|rd|th))){1,4} (?:${SUFFIX})\b\.?(?: (?:N|S|E|W|NE|NW|SE|SW)\b)?`;

const DE_SUFFIX = 'straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer';
const DE_STREET = String.raw`(?<![\p{L}])[A-ZÄÖÜ][a-zäöüß-]*(?:(?:${DE_SUFFIX})| (?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm)) \d{1,4}[a-z]?(?:, (?:D-)?\d{5} [A-ZÄÖÜ][A-Za-zäöüß-]+(?: [A-Za-zäöüß.]+)?)?`;

/** Every DE_SUFFIX alternative contains one of these (`str` covers straße, strasse and str.). */
const DE_KEYWORDS = [
  'str',
  'weg',
  'allee',
  'platz',
  'gasse',
  'ring',
  'damm',
  'ufer',
  'Str',
  'Weg',
  'Allee',
  'Platz',
  'Gasse',
  'Ring',
  'Damm',
];

const FR_WAY = 'rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai|cours|route|square';
const FR_STREET = String.raw`\b\d{1,4}(?: ?(?:bis|ter))?,? (?:${FR_WAY})(?: (?:de|du|des|la|le|les|l'|d'))*(?: ?[A-ZÀ-Ý][A-Za-zÀ-ÿ'-]*){1,4}(?:, \d{5} [A-ZÀ-Ý][A-Za-zÀ-ÿ'-]+(?: [A-ZÀ-Ý][A-Za-zÀ-ÿ'-]+){0,2})?`;

const FR_KEYWORDS = ['rue', 'avenue', 'av.', 'boulevard', 'bd', 'place', 'chemin', 'allée', 'impasse', 'quai', 'cours', 'route', 'square'];

/** PO boxes: English, German, and French as Canada and France write them (case postale, boîte postale). */
const PO_BOX =
  String.raw`(?:\b(?:P\.? ?O\.? Box|Post Office Box|GPO Box|Postfach|Case postale|Boîte postale)|(?<![\p{L}.])(?:C\.P\.|B\.P\.|BP)) \d{1,6}` +
  LOCALITY;

/**
 * An address right after its own label in running text (`Address: Rua Oscar Freire, 2033, Porto
 * Alegre - RS`, `Ship to: …`): the rest of the line, with a digit, as a labelled cell is taken
 * whole. Formats no street pattern knows (Brazil, India, the Netherlands) are found this way.
 */
const LABELLED = String.raw`\b(?<!(?:ip|e-?mail|web) )(?:(?:mailing|postal|billing|shipping|default|home|street) address|address(?: on file)?|addr\.?|ship to|anschrift|adresse)\s*:\s*((?=[^\n@]*\d)[^\n@]{6,118}[^\s@,;.])`;
const LABEL_WORD = /address|addr|ship to|anschrift|adresse/i;

const ANY_LETTER = /\p{L}/u;

/**
 * The prefilter: one scan for a space where some pattern needs one, instead of four patterns tried
 * at every position of every note that has a digit and a letter (180 ns per note). Each branch
 * takes the characters after a space, then looks behind it for what comes before in that pattern:
 * a house number before a capitalised word or an ordinal (`12 High`, `12A 5th`, street-en), a German
 * street word or PO box before a number (`Hauptstraße 5`, `Box 12`), a house number before a French
 * way (`12 bis, rue`). Taking the character first keeps the look-behinds off most spaces. A superset:
 * the patterns decide (prefilters.test.ts).
 */
const FR_WAY_WORD = 'rue|av|bd|boulevard|place|chemin|allée|impasse|quai|cours|route|square';
const DE_BOX_WORD =
  'straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|Straße|Strasse|Str\\.|Weg|Allee|Platz|Gasse|Ring|Damm|Box|Postfach|postale|C\\.P\\.|B\\.P\\.|BP';
const ADDRESS_SPACE = new RegExp(
  [
    String.raw` (?:[A-Z](?<=\d[A-Za-z]? [A-Z])`,
    String.raw`\d(?<=(?:${DE_BOX_WORD}) \d)`,
    String.raw`\d{1,3}(?:st|nd|rd|th)(?<=\d[A-Za-z]? \d{1,3}(?:st|nd|rd|th))`,
    String.raw`(?:${FR_WAY_WORD})(?<=\d(?: ?(?:bis|ter))?,? (?:${FR_WAY_WORD})))`,
  ].join('|'),
);

/**
 * A labelled address cell: 8 to 120 characters with a digit and a letter and no `@`. It may hold
 * line breaks: a street and its unit on two lines (HubSpot's street address field).
 */
function addressCell(value: string, shape: number): boolean {
  if (value.length < 8 || value.length > 120 || shapeDigits(shape) === 0 || shape & AT) return false;
  // Outside ASCII, only a real letter counts (`€ 12` is not an address).
  return (shape & (UPPER | LOWER)) !== 0 || ((shape & NON_ASCII) !== 0 && ANY_LETTER.test(value));
}

/**
 * Street lines anchored on a house number and a street word (or a German street suffix, a French
 * way word, a PO box), with the locality line when it follows. A postcode alone is not an address.
 */
export const postalAddress = defineDetector({
  id: 'postal-address',
  // Every pattern has a number, a space and a word (`5 Harbour Road`, `Postfach 12`).
  gate: { digits: 1, all: SPACE, any: LETTER },
  prefilter: (text) => ADDRESS_SPACE.test(text) || LABEL_WORD.test(text),
  patterns: [
    { name: 'street-en', regex: new RegExp(STREET_EN + UNIT + LOCALITY, 'g'), score: 0.8 },
    { name: 'street-de', regex: new RegExp(DE_STREET, 'gu'), score: 0.8, requires: DE_KEYWORDS },
    { name: 'street-fr', regex: new RegExp(FR_STREET, 'gu'), score: 0.8, requires: FR_KEYWORDS },
    { name: 'po-box', regex: new RegExp(PO_BOX, 'gu'), score: 0.85, requires: ['Box', 'Postfach', 'C.P.', 'B.P.', 'BP', 'postale'] },
    { name: 'labelled-address', regex: new RegExp(LABELLED, 'dgi'), score: 0.85, group: 1 },
  ],
  // A column headed "Address" or "Mailing address" holds one address per cell.
  cell: { accepts: addressCell },
  context: [
    'address',
    'street',
    'mailing address',
    'postal address',
    'billing address',
    'shipping address',
    // Shopify's Address1, and the street columns of German, French, Spanish, Italian and Dutch exports.
    'address1',
    'anschrift',
    'adresse',
    'straße',
    'strasse',
    'dirección',
    'direccion',
    'indirizzo',
    'adres',
  ],
  // An address's other columns (`Default Address Zip`, `Address City`): a postcode or a city alone is not an address.
  negativeContext: [
    'email',
    'e-mail',
    'ip',
    'web',
    'url',
    'email address',
    'ip address',
    'zip',
    'postal code',
    'postcode',
    'city',
    'country',
    'country code',
    'province',
    'province code',
    'state',
    'region',
    'phone',
    'company',
  ],
  minScore: 0.5,
});
