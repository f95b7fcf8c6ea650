import fs from 'node:fs';

export type InputKind = 'html' | 'csv' | 'text';

export class BadInputError extends Error {}

/**
 * Reads a file as text, refusing what is not text: missing files, binary content (NUL bytes) and
 * bytes that are not valid UTF-8 (UTF-16 with a BOM is decoded). The message names the file, never
 * its content.
 */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BadInputError(
      code === 'ENOENT'
        ? `${path}: no such file`
        : code === 'EISDIR'
          ? `${path}: is a directory`
          : `${path}: cannot be read (${code ?? 'error'})`,
    );
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new BadInputError(`${path}: looks like a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BadInputError(`${path}: is not valid UTF-8 text (convert it to UTF-8 first)`);
  }
}

export function inputKind(path: string, text: string): InputKind {
  const lower = path.toLowerCase();
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(csv|tsv)$/.test(lower)) return 'csv';
  return /^\s*<(!doctype|html|table|div|body)/i.test(text) ? 'html' : 'text';
}
