/**
 * Literal postal addresses in the formats the checker knows: a street line (or PO box / private
 * mailbox) followed closely by a locality line (city with postcode). Patterns are compiled once.
 */
export interface AddressFormat {
  country: string;
  street: RegExp[];
  locality: RegExp[];
}

const EN_STREET_TYPES =
  'Street|St|Road|Rd|Avenue|Ave|Av|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Square|Sq|Parkway|Pkwy|Highway|Hwy|Terrace|Ter|Circle|Cir|Broadway|Close|Crescent|Cres|Row|Mews|Gardens|Walk|Hill|Trail|Plaza|Alley|Pike|Esplanade|Parade|Pde|Quay|Wharf|Green';
/** `123 Main Street`, `7-11 Commercial Ct`, `1234 S. Broadway St.` (US, CA, UK, AU). */
const EN_STREET = new RegExp(`\\b\\d{1,6}[A-Za-z]?(?:[-–/]\\d{1,6})?,?\\s+(?:[A-Z][\\w.'’-]*\\s+){0,4}?(?:${EN_STREET_TYPES})\\b\\.?`, 'g');
const PO_BOX =
  /\b(?:P\.?\s?O\.?\s?Box|Post Office Box|GPO Box|PO Box|Locked Bag|Postfach|Boîte postale|B\.?P\.?|Apartado(?: de correos)?|Casella postale|Postbus|Antwoordnummer)\s*\d{1,6}\b/gi;
const PRIVATE_MAILBOX = /\b(?:PMB|Private Mailbox|Mailbox)\s*#?\s*\d{1,6}\b/gi;
const DE_NL_STREET =
  /\b[A-ZÄÖÜ][\p{L}.-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|straat|gracht|laan|plein|kade|singel|dijk|steeg|markt)\s+\d{1,5}\s?[a-zA-Z]?\b/gu;
const FR_STREET =
  /\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|impasse|quai|route|cours|square|passage)\s+\p{L}/giu;
const ES_STREET =
  /\b(?:Calle|C\/|Avenida|Avda\.?|Paseo|Plaza|Pza\.|Carrer|Camino|Ronda|Travesía|Gran Vía)\s+[^\n,]{2,40},?\s*(?:nº\s*|n\.º\s*)?\d{1,4}\b/gu;
const IT_STREET = /\b(?:Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Strada)\s+[^\n,]{2,40},?\s*\d{1,4}\b/gu;

const US_LOCALITY = /\b[A-Z][A-Za-z.'’ -]{1,30},?\s+(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\.?,?\s+\d{5}(?:-\d{4})?\b/g;
const CA_LOCALITY = /\b[A-Z][A-Za-z.'’ -]{1,30},?\s+(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\.?,?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/g;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/g;
const EU_LOCALITY = /\b(?:[A-Z]-)?\d{5}\s+[A-ZÀ-Ý][\p{L}'’ -]{1,30}/gu;
const NL_LOCALITY = /\b\d{4}\s?[A-Z]{2}\s+[A-Z][\p{L}-]+/gu;
const AU_LOCALITY = /\b[A-Z][A-Za-z ]{1,30},?\s+(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b/g;

export const ADDRESS_FORMATS: AddressFormat[] = [
  { country: 'US', street: [EN_STREET, PO_BOX, PRIVATE_MAILBOX], locality: [US_LOCALITY] },
  { country: 'CA', street: [EN_STREET, PO_BOX, PRIVATE_MAILBOX], locality: [CA_LOCALITY] },
  { country: 'AU', street: [EN_STREET, PO_BOX], locality: [AU_LOCALITY] },
  { country: 'UK', street: [EN_STREET, PO_BOX], locality: [UK_POSTCODE] },
  { country: 'DE', street: [DE_NL_STREET, PO_BOX], locality: [EU_LOCALITY] },
  { country: 'NL', street: [DE_NL_STREET, PO_BOX], locality: [NL_LOCALITY] },
  { country: 'FR', street: [FR_STREET, PO_BOX], locality: [EU_LOCALITY] },
  { country: 'ES', street: [ES_STREET, PO_BOX], locality: [EU_LOCALITY] },
  { country: 'IT', street: [IT_STREET, PO_BOX], locality: [EU_LOCALITY] },
];

/** Headings that introduce the recipient's own address (order, shipping, billing). */
export const RECIPIENT_CONTEXT =
  /ship(?:ping)?\s*(?:to|address)|deliver(?:y)?\s*(?:to|address)|billing\s*address|bill\s*to|your\s*address|lieferadresse|rechnungsadresse|adresse de (?:livraison|facturation)|dirección de (?:envío|entrega|facturación)|indirizzo di (?:spedizione|consegna|fatturazione)|bezorgadres|afleveradres|factuuradres/i;

/** Generic template variables for the recipient's address (Handlebars, Liquid, Jinja). */
export const RECIPIENT_ADDRESS_VARS =
  /\{\{\s*(?:[\w.]*\.)?(?:address\d*|address_line_?\d|street|city|zip|postcode|postal_code|shipping_address|billing_address)\s*\}\}/i;

export interface AddressMatch {
  country: string;
  start: number;
  end: number;
  /** True when a locality line follows the street line. */
  complete: boolean;
  recipient: boolean;
}

/** How far (in characters) the locality may sit after the street line, and the heading before it. */
const MAX_GAP = 90;
const CONTEXT_BEFORE = 120;

export function findAddresses(text: string): AddressMatch[] {
  const found: AddressMatch[] = [];
  const seen = new Set<number>();
  for (const format of ADDRESS_FORMATS) {
    for (const streetRe of format.street) {
      for (const street of text.matchAll(streetRe)) {
        const start = street.index;
        const end = start + street[0].length;
        const window = text.slice(end, end + MAX_GAP);
        const complete = format.locality.some((re) => {
          re.lastIndex = 0;
          const m = re.exec(window);
          return m !== null && m.index <= MAX_GAP;
        });
        const key = start * 2 + (complete ? 1 : 0);
        if (seen.has(key)) continue;
        seen.add(key);
        const before = text.slice(Math.max(0, start - CONTEXT_BEFORE), start);
        found.push({ country: format.country, start, end, complete, recipient: RECIPIENT_CONTEXT.test(before) });
      }
    }
  }
  return found;
}
