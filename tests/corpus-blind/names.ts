/**
 * Blind corpus, part 2: people. Name pools from many cultures, name renderings, and email addresses made from
 * names. Written blind, independent of the detectors and of the first corpus. All people are invented.
 */
import type { Rng } from '../corpus/prng';

export type Culture =
  | 'anglo'
  | 'irish'
  | 'hispanic'
  | 'german'
  | 'french'
  | 'italian'
  | 'dutch'
  | 'nordic'
  | 'indian'
  | 'chinese'
  | 'japanese'
  | 'korean'
  | 'vietnamese'
  | 'westafrican'
  | 'arabic'
  | 'polish'
  | 'turkish'
  | 'portuguese'
  | 'greek'
  | 'hebrew';

const FIRST: Record<Culture, readonly string[]> = {
  anglo: [
    'Emma',
    'Olivia',
    'Liam',
    'Noah',
    'Ava',
    'Ethan',
    'Grace',
    'Jack',
    'Charlotte',
    'Harry',
    'Sophie',
    'Oliver',
    'Amelia',
    'James',
    'Hannah',
    'Mason',
    'Lily',
    'Henry',
    'Chloe',
    'Samuel',
    'Madison',
    'Tyler',
    'Brooke',
    'Dylan',
    'Megan',
    'Kyle',
    'Zoë',
    'Mary-Kate',
    'Jo',
    'Bea',
    'Rhys',
    'Imogen',
    'Callum',
    'Harper',
  ],
  irish: ['Aoife', 'Siobhán', 'Niamh', 'Ciarán', 'Seán', 'Orla', 'Pádraig', 'Róisín', 'Eoin', 'Caoimhe'],
  hispanic: [
    'José',
    'María',
    'Lucía',
    'Alejandro',
    'Sofía',
    'Javier',
    'Camila',
    'Mateo',
    'Valentina',
    'Raúl',
    'Inés',
    'Martín',
    'Ximena',
    'Ángel',
  ],
  german: [
    'Jürgen',
    'Lena',
    'Lukas',
    'Anna',
    'Felix',
    'Katharina',
    'Maximilian',
    'Johanna',
    'Sören',
    'Jörg',
    'Mia',
    'Paul',
    'Annika',
    'Ute',
  ],
  french: [
    'Amélie',
    'Chloé',
    'François',
    'Anaïs',
    'Jean-Luc',
    'Hélène',
    'Théo',
    'Camille',
    'Léa',
    'Étienne',
    'Manon',
    'Mathis',
    'Océane',
    'Gaëlle',
    'Noël',
    'Jean-Baptiste',
    'Marie-Claire',
  ],
  italian: ['Giulia', 'Francesca', 'Luca', 'Matteo', 'Alessandro', 'Chiara', 'Giorgia', 'Lorenzo', 'Federica', 'Niccolò'],
  dutch: ['Sanne', 'Daan', 'Lotte', 'Bram', 'Femke', 'Joost', 'Eline', 'Thijs', 'Anouk', 'Sem'],
  nordic: ['Sigríður', 'Guðrún', 'Björk', 'Einar', 'Freya', 'Lars', 'Ingrid', 'Søren', 'Astrid', 'Åsa', 'Mikael', 'Oddný'],
  indian: ['Priya', 'Aarav', 'Ananya', 'Rohan', 'Diya', 'Vikram', 'Sanjana', 'Arjun', 'Meera', 'Karthik', 'Lakshmi', 'Rahul'],
  chinese: ['Wei', 'Mei', 'Jing', 'Hao', 'Xiaoming', 'Li Na', 'Yan', 'Jun', 'Ying', 'Zhiwei'],
  japanese: ['Yuki', 'Haruto', 'Sakura', 'Ren', 'Aoi', 'Sota', 'Hina', 'Kenji'],
  korean: ['Ji-woo', 'Min-jun', 'Seo-yeon', 'Hyun-woo', 'Ji-ho', 'Soo-ah'],
  vietnamese: ['Thanh', 'Linh', 'Minh', 'Huong', 'Duc', 'Thu'],
  westafrican: ['Oluwaseun', 'Chidi', 'Ngozi', 'Kwame', 'Ama', 'Adaeze', 'Tunde', 'Chiamaka', 'Kofi', 'Yaw'],
  arabic: ['Fatima', 'Mohammed', 'Omar', 'Layla', 'Youssef', 'Nour', 'Hassan', 'Amira', 'Karim', 'Salma'],
  polish: ['Łukasz', 'Agnieszka', 'Krzysztof', 'Małgorzata', 'Paweł', 'Zofia', 'Wojciech', 'Katarzyna'],
  turkish: ['Elif', 'Mehmet', 'Ayşe', 'Emre', 'Zeynep', 'Burak', 'Çağla', 'Oğuz'],
  portuguese: ['João', 'Ana', 'Gonçalo', 'Inês', 'Thiago', 'Larissa', 'Beatriz', 'Luíz', 'Mariana', 'Caio'],
  greek: ['Eleni', 'Giorgos', 'Dimitris', 'Katerina', 'Nikos', 'Sofia'],
  hebrew: ['Noa', 'Lior', 'Yael', 'Eitan', 'Tamar', 'Avi'],
};

const LAST: Record<Culture, readonly string[]> = {
  anglo: [
    'Smith',
    'Johnson',
    'Williams',
    'Brown',
    'Taylor',
    'Anderson',
    'Thompson',
    'Harris',
    'Clarke',
    'Walker',
    'Wright',
    'Robinson',
    'Hughes',
    'Edwards',
    'Smith-Jones',
    'Fitzgerald',
    'MacDonald',
    'McAllister',
    'Baker',
    'Turner',
    'Ashworth-Hale',
  ],
  irish: ["O'Brien", "O'Neill", 'Ní Bhriain', 'Murphy', 'Kelly', 'Ó Súilleabháin', 'Byrne', 'Gallagher', 'McCarthy', "O'Sullivan"],
  hispanic: [
    'García',
    'Rodríguez',
    'Martínez',
    'Hernández',
    'López',
    'García-López',
    'de la Cruz',
    'Fernández',
    'Núñez',
    'Peña',
    'Ibáñez',
    'Sánchez Ruiz',
  ],
  german: [
    'Müller',
    'Schmidt',
    'Schneider',
    'Fischer',
    'Weiß',
    'Becker',
    'Hoffmann',
    'Schäfer',
    'von Heßberg',
    'Koch',
    'Krüger',
    'Zimmermann',
    'Müller-Lüdenscheidt',
  ],
  french: [
    'Dubois',
    'Lefèvre',
    'Moreau',
    'Laurent',
    'Girard',
    'Bonnet',
    'Dupont',
    'Rousseau',
    'Lemaître',
    'Fontaine',
    'Chevalier',
    'Mercier',
    'Bézier',
  ],
  italian: ['Rossi', 'Russo', 'Bianchi', 'Esposito', 'Romano', 'Colombo', 'Ricci', "D'Angelo", 'Di Stefano', 'De Luca', 'Marino', 'Greco'],
  dutch: [
    'de Vries',
    'van der Berg',
    'Jansen',
    'Bakker',
    'Visser',
    'Smit',
    'van Dijk',
    'de Jong',
    'Meijer',
    'van den Broek',
    'Mulder',
    'Bos',
  ],
  nordic: [
    'Ólafsdóttir',
    'Jónsson',
    'Sigurðardóttir',
    'Jensen',
    'Nielsen',
    'Hansen',
    'Lindqvist',
    'Johansson',
    'Åkesson',
    'Søndergaard',
    'Halvorsen',
  ],
  indian: ['Patel', 'Sharma', 'Raman', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Singh', 'Chatterjee', 'Menon', 'Krishnan', 'Desai'],
  chinese: ['Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Huang', 'Zhao', 'Wu', 'Lin', 'Xu'],
  japanese: ['Tanaka', 'Suzuki', 'Nakamura', 'Takahashi', 'Watanabe', 'Yamamoto', 'Kobayashi', 'Saitō'],
  korean: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang'],
  vietnamese: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Nguyễn', 'Trần'],
  westafrican: ['Okafor', 'Adeyemi', 'Mensah', 'Okonkwo', 'Boateng', 'Eze', 'Balogun', 'Asante', 'Nwosu', 'Owusu'],
  arabic: ['Al-Hassan', 'Haddad', 'Khalil', 'El Amrani', 'Nasser', 'Saleh', 'Mansour', 'Abdullah', 'Benali', 'Al-Farsi'],
  polish: ['Kowalski', 'Nowak', 'Wiśniewska', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zieliński', 'Szymańska'],
  turkish: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan'],
  portuguese: ['da Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Ferreira', 'Gonçalves', 'Rodrigues', 'Almeida'],
  greek: ['Papadopoulos', 'Georgiou', 'Nikolaidis', 'Konstantinou', 'Dimitriou', 'Pappas'],
  hebrew: ['Cohen', 'Levi', 'Mizrahi', 'Friedman', 'Shapiro', 'Ben-David'],
};

export interface Person {
  first: string;
  last: string;
}

export function makePerson(rng: Rng, cultures: readonly Culture[]): Person {
  const fc = rng.pick(cultures);
  // Mixed families and married names: now and then the surname comes from another culture.
  const lc = rng.chance(0.15) ? rng.pick(cultures) : fc;
  return { first: rng.pick(FIRST[fc]), last: rng.pick(LAST[lc]) };
}

/** A full name as a CRM or ESP shows it. */
export function fullName(rng: Rng, p: Person): string {
  const r = rng.float();
  if (r < 0.72) return `${p.first} ${p.last}`;
  if (r < 0.8) return `${initial(p.first)}. ${p.last}`;
  if (r < 0.88) return `${p.first} ${String.fromCharCode(65 + rng.int(0, 25))}. ${p.last}`;
  if (r < 0.93) return `${initial(p.first)}. ${String.fromCharCode(65 + rng.int(0, 25))}. ${p.last}`;
  return `${p.last}, ${p.first}`;
}

function initial(name: string): string {
  return name.charAt(0);
}

/** ASCII folding for the local part of an email address. */
export function asciiFold(s: string): string {
  const map: Record<string, string> = {
    ß: 'ss',
    ø: 'o',
    Ø: 'O',
    æ: 'ae',
    Æ: 'AE',
    œ: 'oe',
    ł: 'l',
    Ł: 'L',
    đ: 'd',
    ð: 'd',
    þ: 'th',
    ı: 'i',
  };
  return s
    .replace(/[ßøØæÆœłŁđðþı]/g, (c) => map[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example.com', 'inbox.example', 'post.test', 'home.example.net'];

function localSlug(s: string): string {
  return asciiFold(s)
    .toLowerCase()
    .replace(/['’ ]/g, '')
    .replace(/[^a-z0-9-]/g, '');
}

/** An email address derived from a person's name, in one of the shapes people really use. */
export function makeEmail(rng: Rng, p: Person): string {
  const f = localSlug(p.first).replace(/-/g, '');
  const l = localSlug(p.last);
  const yy = String(rng.int(60, 99));
  const shapes = [
    `${f}.${l}`,
    `${f}${l}`,
    `${f.charAt(0)}${l}`,
    `${f}_${l}`,
    `${f}.${l}${yy}`,
    `${l}.${f}`,
    `${f}${rng.int(1, 999)}`,
    `${f}.${l}+${rng.pick(['news', 'shop', 'promo', 'mc'])}`,
    `${f.charAt(0)}.${l}`,
    `${f}-${l}`,
  ];
  let local = rng.pick(shapes).replace(/\.{2,}/g, '.');
  if (rng.chance(0.04)) local = local.charAt(0).toUpperCase() + local.slice(1);
  const domain = rng.pick(DOMAINS);
  return `${local}@${rng.chance(0.03) ? domain.charAt(0).toUpperCase() + domain.slice(1) : domain}`;
}
