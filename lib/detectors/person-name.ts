import { COLON } from './shape';
import { defineDetector } from './types';

/** One to four name words: letters (any script), apostrophes, hyphens, initials. */
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
/** The lower-case particles a name word may follow (`van der Berg`, `de la Cruz`, `da Silva`), two at most. */
const PARTICLES = [
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'du',
  'del',
  'della',
  'la',
  'le',
  'bin',
  'al',
  'ter',
  'ten',
  'zu',
];
const PARTICLE = `(?:${PARTICLES.join('|')})\\s`;
/** One to four name words, each maybe after particles; `Russo, Luca` (surname first) too. */
const NAME = `(?:${PARTICLE}){0,2}${NAME_WORD}(?:,? (?:${PARTICLE}){0,2}${NAME_WORD}){0,3}`;

// Prefilter and check regexes live here, not as literals in the arrow functions: a literal is a
// fresh RegExp object on every call, and these run on every text node and CSV cell.
const NAME_WORD_RE = /name|contact|customer|recipient/i;
const NAME_CELL = new RegExp(`^${NAME}$`, 'u');

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
/** A character NAME_WORD allows after its capital, ASCII only: letters, `'`, `.` and `-`. */
const isNameChar = (c: number) => isUpper(c) || isLower(c) || c === 39 || c === 46 || c === 45;
/** `\s` in ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** Where the lower-case letters from `at` end (a particle candidate). */
function lowerRunEnd(value: string, at: number): number {
  let i = at;
  while (i < value.length && isLower(value.charCodeAt(i))) i++;
  return i;
}

function isParticle(value: string, from: number, to: number): boolean {
  return PARTICLES.some((p) => p.length === to - from && value.startsWith(p, from));
}

/**
 * NAME_CELL for ASCII text, read word by word (a capital, then name characters; words joined by one
 * space, each maybe after a particle and a space): the Unicode regex cost more than the rest of a
 * labelled cell. Undefined at the first character outside ASCII, where the regex decides.
 *
 * No backtracking is needed: a word takes every name character after its capital (a space or the
 * end must follow), and a particle is lower case where a word is not.
 */
export function asciiNameCell(value: string): boolean | undefined {
  const n = value.length;
  let i = 0;
  for (let words = 1; ; words++) {
    // Up to two particles, each followed by one space character.
    for (let particles = 0; particles < 2; particles++) {
      const particleEnd = lowerRunEnd(value, i);
      if (particleEnd === i) break;
      // Reads stay inside the string: charCodeAt past the end is NaN, and V8 recompiles for it.
      if (particleEnd >= n) return false;
      const after = value.charCodeAt(particleEnd);
      if (after > 127) return undefined;
      if (!isParticle(value, i, particleEnd) || !isAsciiSpace(after)) return false;
      i = particleEnd + 1;
    }
    if (i >= n) return false;
    const first = value.charCodeAt(i);
    if (first > 127) return undefined;
    if (!isUpper(first)) return false;
    i++;
    while (i < n && isNameChar(value.charCodeAt(i))) i++;
    if (i === n) return true;
    let next = value.charCodeAt(i);
    // `Russo, Luca`: a comma may end a word before the space.
    if (next === 44) {
      i++;
      if (i >= n) return false;
      next = value.charCodeAt(i);
    }
    if (next > 127) return undefined;
    // One to four words, joined by a single space.
    if (next !== 32 || words === 4) return false;
    i++;
  }
}

function isNameCell(value: string): boolean {
  return asciiNameCell(value) ?? NAME_CELL.test(value);
}

/**
 * Names are found only where the page says "this is a name": a column header, a form label, a
 * profile field ("Name: …"). Capitalised words elsewhere are never guessed at: product names,
 * campaign titles and cities are capitalised too.
 */
export const personName = defineDetector({
  id: 'person-name',
  // The only pattern is an inline "Name: …": no colon, nothing to find (labelled cells do not use this).
  gate: { all: COLON },
  prefilter: (text) => NAME_WORD_RE.test(text),
  patterns: [
    {
      name: 'labelled-name',
      regex: new RegExp(
        `(?<![\\p{L}])(?:full name|contact name|customer name|contact|recipient|first name|last name|surname|name|vorname|nachname|prénom|prenom|nom)\\s*:\\s*(${NAME})`,
        'gdiu',
      ),
      score: 0.85,
      group: 1,
    },
  ],
  cell: {
    accepts: isNameCell,
    // A first name or a surname alone is part of a person counted once (see README.md).
    partLabels: [
      'first name',
      'last name',
      'firstname',
      'lastname',
      'surname',
      'given name',
      'family name',
      'first',
      'last',
      'vorname',
      'nachname',
      'prénom',
      'prenom',
      'nom',
      'nombre',
      'apellido',
      'apellidos',
      'cognome',
      'voornaam',
      'achternaam',
    ],
  },
  contextOnly: true,
  context: [
    'name',
    'full name',
    'first name',
    'last name',
    'surname',
    'given name',
    'family name',
    'contact name',
    'customer name',
    'customer',
    'contact',
    'recipient',
    'subscriber name',
    // Exports that glue the words (Brevo's FIRSTNAME), and the labels of European ESPs' exports.
    'firstname',
    'lastname',
    'fullname',
    'vorname',
    'nachname',
    'nom',
    'prénom',
    'prenom',
    'nombre',
    'apellido',
    'apellidos',
    'nome',
    'cognome',
    'voornaam',
    'achternaam',
    'naam',
  ],
  // Names of things, not people.
  negativeContext: [
    'source',
    'campaign',
    'list',
    'segment',
    'file',
    'company',
    'tag',
    'user',
    'username',
    'product',
    'template',
    'domain',
    'audience',
    'form',
    'event',
    'account',
    'sender',
    'from',
  ],
  minScore: 0.5,
});
