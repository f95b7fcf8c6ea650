import { describe, expect, it } from 'vitest';
import { withRetry } from './retry';

const noSleep = { sleep: async () => undefined };

describe('withRetry', () => {
  it('retries a message the stopped service worker never received, then delivers it once', async () => {
    const delivered: string[] = [];
    let calls = 0;
    const send = withRetry(async (m: string) => {
      calls += 1;
      if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      delivered.push(m);
      return { ok: true };
    }, noSleep);
    await expect(send('event')).resolves.toEqual({ ok: true });
    expect(delivered).toEqual(['event']);
    expect(calls).toBe(3);
  });

  it('retries when no listener answered (undefined reply)', async () => {
    let calls = 0;
    const send = withRetry(async () => (++calls === 1 ? undefined : 'ok'), noSleep);
    await expect(send('x')).resolves.toBe('ok');
    expect(calls).toBe(2);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    const send = withRetry(async () => {
      calls += 1;
      throw new Error('Invalid cs:pageReport payload');
    }, noSleep);
    await expect(send('x')).rejects.toThrow('Invalid');
    expect(calls).toBe(1);
  });

  it('gives up after the last delay with the original error', async () => {
    let calls = 0;
    const send = withRetry(
      async () => {
        calls += 1;
        throw new Error('The message port closed before a response was received.');
      },
      { ...noSleep, delaysMs: [1, 1] },
    );
    await expect(send('x')).rejects.toThrow('message port closed');
    expect(calls).toBe(3);
  });

  it('does not retry once the extension context is invalidated (the page must reload)', async () => {
    let calls = 0;
    const send = withRetry(async () => {
      calls += 1;
      throw new Error('Extension context invalidated.');
    }, noSleep);
    await expect(send('x')).rejects.toThrow('invalidated');
    expect(calls).toBe(1);
  });
});
