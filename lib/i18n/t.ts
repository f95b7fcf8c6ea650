/**
 * Message lookup for extension pages. `lib/` stays browser-free: entrypoints inject
 * `browser.i18n.getMessage` as the lookup; tests inject `catalogLookup` over the JSON catalogs.
 */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** chrome.i18n.getMessage's shape: returns '' for an unknown key. */
export type Lookup = (key: string, substitutions?: string[]) => string;
export type T = (key: MessageKey, substitutions?: (string | number)[]) => string;

export function createT(lookup: Lookup): T {
  return (key, substitutions) => {
    const text = lookup(key, substitutions?.map(String));
    // A visible key beats an empty label; the catalog test keeps this from happening in a build.
    return text === '' ? key : text;
  };
}

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

/** The same substitution rules as chrome.i18n (named $PLACEHOLDER$s whose content is $1..$9), for Node and tests. */
export function catalogLookup(catalog: Catalog): Lookup {
  return (key, subs = []) => {
    const entry = catalog[key];
    if (!entry) return '';
    const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message
      .replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => {
        const placeholder = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
        return placeholder ? fill(placeholder[1].content) : whole;
      })
      .replace(/\$\$/g, '$');
  };
}
