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
