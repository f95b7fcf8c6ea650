/**
 * Turns file bytes into text, or says clearly why it cannot: binary files (NUL bytes), invalid
 * UTF-8, UTF-16 with a byte-order mark (decoded), UTF-8 BOM (stripped).
 */
export type Decoded = { ok: true; text: string } | { ok: false; error: string };

export function decodeTemplate(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (body.includes(0)) {
    return { ok: false, error: 'binary file (it contains NUL bytes); expected HTML or template text. UTF-16 files need a byte-order mark' };
  }
  return decodeWith('utf-8', body);
}

function decodeWith(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: `unreadable encoding: not valid ${encoding.toUpperCase()}; save the file as UTF-8` };
  }
}

/** What `scan` reads a file as, and the note to print when it was not UTF-8 or UTF-16. */
export type ScanDecoded = { ok: true; text: string; note?: string } | { ok: false; error: string };

/**
 * decodeTemplate for `scan`, except that a text file that is not valid UTF-8 is read as
 * Windows-1252 (the encoding Excel writes a CSV in on Windows) instead of refused. Every byte has a
 * character there, and the ASCII that emails, phones, card numbers and ids are written in reads the
 * same in any such encoding: a scanner that refused the file would report no personal data in it.
 */
export function decodeForScan(bytes: Uint8Array): ScanDecoded {
  const decoded = decodeTemplate(bytes);
  if (decoded.ok || !decoded.error.startsWith('unreadable encoding: not valid UTF-8')) return decoded;
  return {
    ok: true,
    text: new TextDecoder('windows-1252').decode(bytes),
    note: 'not valid UTF-8; read as Windows-1252 (what Excel writes CSV files in on Windows)',
  };
}
