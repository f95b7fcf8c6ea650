/** What a CLI command may touch; injected so commands are testable without a terminal. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit codes (docs/design.md, contract 4). */
export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;
