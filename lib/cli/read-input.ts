import fs from 'node:fs';
import { decodeForScan, decodeTemplate } from './decode';

export class BadInputError extends Error {}

/**
 * Reads a file as text, refusing what is not text (see decodeTemplate). The message names the file,
 * never its content.
 */
export function readTextFile(path: string): string {
  const decoded = decodeTemplate(readBytes(path));
  if (!decoded.ok) throw new BadInputError(`${path}: ${decoded.error}`);
  return decoded.text;
}

/** readTextFile for `scan`: a file that is not UTF-8 is read as Windows-1252, with a note (decode.ts decodeForScan). */
export function readScanFile(path: string): { text: string; note?: string } {
  const decoded = decodeForScan(readBytes(path));
  if (!decoded.ok) throw new BadInputError(`${path}: ${decoded.error}`);
  return decoded.note ? { text: decoded.text, note: `${path}: ${decoded.note}` } : { text: decoded.text };
}

function readBytes(path: string): Buffer {
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
  return bytes;
}
