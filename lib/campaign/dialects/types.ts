/**
 * An ESP's template dialect, as data (docs/esp-reference.md §2.1): which merge tags give an
 * unsubscribe link, a preference centre, the sender's postal address and name, and what the ESP
 * does on its own when a campaign lacks them.
 */
export interface TagPattern {
  /** Tested against campaign text and attribute values; compile once (module scope). */
  re: RegExp;
  /** The tag as a person would paste it, shown as evidence. */
  label: string;
}

export interface Dialect {
  /** The ESP adapter id where one exists (lib/esp), else a dialect id such as `pardot`. */
  id: string;
  name: string;
  unsubscribe: TagPattern[];
  /** Preference-centre tags that do not on their own let a reader unsubscribe. */
  preferences: TagPattern[];
  /** Tags that print the sender's postal address. */
  address: TagPattern[];
  /** Tags that print the sender's organisation name (or a whole sender block). */
  sender: TagPattern[];
  /** Tags that print the recipient's own address: never the sender's. */
  recipientAddress: TagPattern[];
  /** Tags typical enough of this ESP to recognise its templates (`--esp auto`). */
  signatures: RegExp[];
  /** What to paste to fix each gap, in this dialect. */
  fix: { unsubscribe: string; address: string | null; sender: string | null };
  /** What the ESP itself adds when the campaign lacks a tag; null where nothing is added. */
  autoFooter: { unsubscribe: string | null; address: string | null };
}

export const tag = (re: RegExp, label: string): TagPattern => ({ re, label });
