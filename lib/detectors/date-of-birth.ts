import { LOWER, UPPER } from './shape';
import { defineDetector } from './types';

/** Month names in English, German (`17. Januar 1955`) and French (`3 févr. 1962`), full or short. */
const MONTHS = [
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
  'januar|februar|märz|mai|juni|juli|oktober|dezember',
  'janv(?:ier)?|févr(?:ier)?|mars|avr(?:il)?|juin|juil(?:let)?|août|octobre|novembre|décembre',
].join('|');
const DATE = `(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}\\.? (?:${MONTHS})\\.? \\d{4}|(?:${MONTHS})\\.? \\d{1,2},? \\d{4}|\\d{1,2}[/.-]\\d{1,2})`;

// Prefilter and check regexes live here, not as literals in the arrow functions: a literal is a
// fresh RegExp object on every call, and these run on every text node and CSV cell.
const BIRTH_WORD = /birth|dob|born|geburt|naissance|nacimiento|nascita|geboorte/i;
const DATE_CELL = new RegExp(`^${DATE}$`, 'i');
/** A date is a date of birth only by its label: "Date Added" and "Last order" columns are dates too. */
export const dateOfBirth = defineDetector({
  id: 'date-of-birth',
  // Inline dates come after a label word ("Born on"), ASCII letters (an /i regex without the u flag
  // matches no other letter to them): `€534,37` is skipped. Labelled cells are not bound by the gate.
  gate: { digits: 2, any: UPPER | LOWER },
  prefilter: (text) => BIRTH_WORD.test(text),
  patterns: [
    {
      name: 'labelled-date',
      regex: new RegExp(
        `\\b(?:date of birth|birth ?date|birthday|d\\.?o\\.?b\\.?|born(?: on)?|geburtsdatum|geburtstag|date de naissance|fecha de nacimiento|data di nascita|geboortedatum)\\s*[:\\-]?\\s*(${DATE})\\b`,
        'gdi',
      ),
      score: 0.9,
      group: 1,
    },
  ],
  cell: { accepts: (value) => DATE_CELL.test(value) },
  contextOnly: true,
  context: [
    'birthday',
    'date of birth',
    'dob',
    'birth date',
    'birthdate',
    'born',
    'geburtsdatum',
    'geburtstag',
    'date de naissance',
    'fecha de nacimiento',
    'data di nascita',
    'geboortedatum',
  ],
  minScore: 0.5,
});
