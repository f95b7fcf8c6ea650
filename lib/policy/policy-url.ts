/**
 * Policy URLs: a team lead hosts the (signed) policy file and every extension refreshes it on a
 * schedule with conditional requests, keeping the last good copy when offline. Pure apart from
 * the injected fetch.
 */
export interface PolicyUrlState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** Epoch ms of the last attempt and the last success. */
  checkedAt: number | null;
  fetchedAt: number | null;
  /** Why the last attempt failed (network, HTTP status); null after a success. */
  error: string | null;
}

export const REFRESH_MINUTES = 60;

/**
 * https only: a policy controls what the extension lets people do, so it must not travel in the
 * clear. Loopback http (127.0.0.1, localhost) is allowed for a team lead testing a file locally;
 * it never leaves the machine.
 */
export function policyUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'This is not a URL';
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return 'A policy URL must use https://';
  if (url.username || url.password) return 'A policy URL must not carry a user name or password';
  return null;
}

export const newUrlState = (url: string): PolicyUrlState => ({
  url,
  etag: null,
  lastModified: null,
  checkedAt: null,
  fetchedAt: null,
  error: null,
});

export type FetchResult =
  | { kind: 'not-modified'; state: PolicyUrlState }
  | { kind: 'body'; body: Uint8Array; state: PolicyUrlState }
  | { kind: 'failed'; state: PolicyUrlState };

type FetchLike = (url: string, init: { headers: Record<string, string>; cache: 'no-store'; redirect: 'follow' }) => Promise<Response>;

const MAX_BODY = 1024 * 1024 + 1;

export async function fetchPolicyUrl(state: PolicyUrlState, fetchImpl: FetchLike, now = Date.now()): Promise<FetchResult> {
  const headers: Record<string, string> = {};
  if (state.etag) headers['If-None-Match'] = state.etag;
  if (state.lastModified) headers['If-Modified-Since'] = state.lastModified;
  const attempted = { ...state, checkedAt: now };
  let response: Response;
  try {
    // no-store: the conditional request is ours, so the HTTP cache must not answer for the server.
    response = await fetchImpl(state.url, { headers, cache: 'no-store', redirect: 'follow' });
  } catch (error) {
    return {
      kind: 'failed',
      state: {
        ...attempted,
        error: `Could not reach the policy URL (${error instanceof Error ? error.message : 'network error'}); the last good copy stays in force`,
      },
    };
  }
  if (response.status === 304) return { kind: 'not-modified', state: { ...attempted, fetchedAt: now, error: null } };
  if (!response.ok) {
    return {
      kind: 'failed',
      state: { ...attempted, error: `The policy URL answered HTTP ${response.status}; the last good copy stays in force` },
    };
  }
  if (response.redirected && policyUrlProblem(response.url)) {
    return { kind: 'failed', state: { ...attempted, error: 'The policy URL redirected away from https; ignored' } };
  }
  const buffer = new Uint8Array(await response.arrayBuffer());
  // Over-size bodies are passed on (capped) so the size rejection reports them like a file.
  const body = buffer.length > MAX_BODY ? buffer.slice(0, MAX_BODY) : buffer;
  return {
    kind: 'body',
    body,
    state: {
      ...attempted,
      etag: response.headers.get('ETag'),
      lastModified: response.headers.get('Last-Modified'),
      fetchedAt: now,
      error: null,
    },
  };
}
