import { UI_ATTR } from './masker';

/**
 * The contact's name at the top of a contact page. A contact record puts the customer's name in
 * its page heading, the largest text on screen, with no label beside it: person names are found
 * by their context, never by guessing at capitalised words, and this heading is that context. The
 * page's first level-one heading gets the label below, so the person-name detector reads it as a
 * labelled cell (a name's shape: one to four capitalised words) on pages the ESP adapter calls
 * `contact`, and nowhere else (an audience page's "Contacts" heading is no one's name).
 */
export const PROFILE_HEADING_LABEL = 'contact name';

const HEADING = 'h1, [role="heading"][aria-level="1"]';

/** The page's first level-one heading outside Confidant's own UI, or null. */
export function profileHeadingOf(doc: Document): Element | null {
  for (const heading of doc.querySelectorAll(HEADING)) if (!heading.closest(`[${UI_ATTR}]`)) return heading;
  return null;
}

/**
 * Words of an app's own headings on a contact page ("Contact Details", "Subscriber Profile"): a
 * heading with one of them is the page's title, not the contact's name, even in title case.
 */
const UI_WORDS = new Set([
  'contact',
  'contacts',
  'profile',
  'subscriber',
  'subscribers',
  'member',
  'customer',
  'person',
  'lead',
  'record',
  'details',
  'detail',
  'overview',
  'summary',
  'activity',
  'edit',
  'new',
  'view',
  'settings',
  'information',
  'info',
  'audience',
  'list',
]);

/** Whether the element is (or is inside) the page's profile heading, and that heading is not the app's own title. */
export function inProfileHeading(el: Element): boolean {
  const heading = el.closest(HEADING);
  if (heading === null || heading !== profileHeadingOf(el.ownerDocument)) return false;
  const words = (heading.textContent ?? '').toLowerCase().split(/[^\p{L}]+/u);
  return !words.some((w) => UI_WORDS.has(w));
}
