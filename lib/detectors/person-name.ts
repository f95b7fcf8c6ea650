import { COLON } from './shape';
import { defineDetector } from './types';

/** One to four name words: letters (any script), apostrophes, hyphens, initials. */
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const NAME = `${NAME_WORD}(?: (?:(?:van|von|de|der|den|da|di|du|del|la|le|bin|al)\\s)?${NAME_WORD}){0,3}`;

// Prefilter and check regexes live here, not as literals in the arrow functions: a literal is a
// fresh RegExp object on every call, and these run on every text node and CSV cell.
const NAME_WORD_RE = /name|contact|customer|recipient/i;
const NAME_CELL = new RegExp(`^${NAME}$`, 'u');
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
        `(?<![\\p{L}])(?:full name|contact name|customer name|recipient|first name|last name|surname|name)\\s*:\\s*(${NAME})`,
        'gdiu',
      ),
      score: 0.85,
      group: 1,
    },
  ],
  cell: {
    accepts: (value) => NAME_CELL.test(value),
    // A first name or a surname alone is part of a person counted once (see README.md).
    partLabels: ['first name', 'last name', 'surname', 'given name', 'family name', 'first', 'last', 'vorname', 'nachname', 'prénom'],
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
    'recipient',
    'subscriber name',
    'vorname',
    'nachname',
    'nom',
    'prénom',
  ],
  // Names of things, not people.
  negativeContext: [
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
