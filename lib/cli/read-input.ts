import fs from 'node:fs';
import { decodeTemplate } from './decode';

export class BadInputError extends Error {}

/**
 * Reads a file as text, refusing what is not text (see decodeTemplate). The message names the file,
 * never its content.
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
  const decoded = decodeTemplate(bytes);
  if (!decoded.ok) throw new BadInputError(`${path}: ${decoded.error}`);
  return decoded.text;
}
