/**
 * Turns file bytes into text, or says clearly why it cannot: binary files (NUL bytes), invalid
 * UTF-8, UTF-16 with a byte-order mark (decoded), UTF-8 BOM (stripped).
 */
export type Decoded = { ok: true; text: string } | { ok: false; error: string; /** Text, but not valid UTF-8. */ invalidUtf8?: true };

export function decodeTemplate(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  const body = withoutUtf8Bom(bytes);
  if (body.includes(0)) {
    return { ok: false, error: 'binary file (it contains NUL bytes); expected HTML or template text. UTF-16 files need a byte-order mark' };
  }
  return decodeWith('utf-8', body);
}

function decodeWith(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    const error = `unreadable encoding: not valid ${encoding.toUpperCase()}; save the file as UTF-8`;
    return encoding === 'utf-8' ? { ok: false, error, invalidUtf8: true } : { ok: false, error };
  }
}

/** What `scan` reads a file as, and the note to print when it was not plain UTF-8 or UTF-16. */
export type ScanDecoded = { ok: true; text: string; note?: string } | { ok: false; error: string };

/**
 * decodeTemplate for `scan`, except that a text file that is not valid UTF-8 is still read rather
 * than refused: a scanner that refuses a file reports no personal data in it.
 * - Mostly valid UTF-8 (a file cut off mid-character, a stray byte): read as UTF-8, each bad
 *   sequence a U+FFFD, so the accented names around it stay whole.
 * - Otherwise, read as Windows-1252 (the encoding Excel writes a CSV in on Windows): every byte has
 *   a character there, and the ASCII that emails, phones, card numbers and ids are written in reads
 *   the same in any such encoding.
 */
export function decodeForScan(bytes: Uint8Array): ScanDecoded {
  const strict = decodeTemplate(bytes);
  if (strict.ok || !strict.invalidUtf8) return strict;
  const body = withoutUtf8Bom(bytes);
  const lenient = new TextDecoder('utf-8').decode(body);
  const { replaced, decodedNonAscii } = countNonAscii(lenient);
  if (decodedNonAscii > replaced) {
    return { ok: true, text: lenient, note: `${replaced} invalid UTF-8 sequence${replaced === 1 ? '' : 's'} read as \ufffd` };
  }
  return {
    ok: true,
    text: new TextDecoder('windows-1252').decode(body),
    note: 'not valid UTF-8; read as Windows-1252 (what Excel writes CSV files in on Windows)',
  };
}

/** The bytes after a UTF-8 byte-order mark, if there is one. */
function withoutUtf8Bom(bytes: Uint8Array): Uint8Array {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** How many U+FFFD a lenient decode put in, against the other characters outside ASCII it read. */
function countNonAscii(text: string): { replaced: number; decodedNonAscii: number } {
  let replaced = 0;
  let decodedNonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c > 127) decodedNonAscii++;
  }
  return { replaced, decodedNonAscii };
}
