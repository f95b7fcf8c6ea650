import { describe, expect, it } from 'vitest';
import { fetchPolicyUrl, newUrlState, policyUrlProblem } from './policy-url';

type Init = { headers: Record<string, string> };

describe('policy URLs', () => {
  it('accept https, and http only on loopback', () => {
    expect(policyUrlProblem('https://policies.acme.example/marketing.confidant-policy.json')).toBeNull();
    expect(policyUrlProblem('http://127.0.0.1:8080/p.json')).toBeNull();
    expect(policyUrlProblem('http://policies.acme.example/p.json')).toMatch(/https/);
    expect(policyUrlProblem('ftp://x/p.json')).toMatch(/https/);
    expect(policyUrlProblem('https://user:pw@x.example/p.json')).toMatch(/password/);
    expect(policyUrlProblem('not a url')).toMatch(/not a URL/);
  });

  it('fetches, remembers validators, then sends them and handles 304', async () => {
    const seen: Init[] = [];
    const server = async (_url: string, init: Init) => {
      seen.push(init);
      if (init.headers['If-None-Match'] === '"v1"') return new Response(null, { status: 304 });
      return new Response('{"a":1}', { status: 200, headers: { ETag: '"v1"', 'Last-Modified': 'Tue, 01 Dec 2026 10:00:00 GMT' } });
    };
    const first = await fetchPolicyUrl(newUrlState('https://p.example/x.json'), server, 1000);
    expect(first.kind).toBe('body');
    expect(first.state).toMatchObject({ etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT', fetchedAt: 1000, error: null });
    expect(seen[0]?.headers).toEqual({});
    const second = await fetchPolicyUrl(first.state, server, 2000);
    expect(second.kind).toBe('not-modified');
    expect(seen[1]?.headers).toEqual({ 'If-None-Match': '"v1"', 'If-Modified-Since': 'Tue, 01 Dec 2026 10:00:00 GMT' });
    expect(second.state.checkedAt).toBe(2000);
  });

  it('reports offline and HTTP errors without losing the validators', async () => {
    const state = { ...newUrlState('https://p.example/x.json'), etag: '"v1"', fetchedAt: 5 };
    const offline = await fetchPolicyUrl(state, async () => Promise.reject(new TypeError('Failed to fetch')), 10);
    expect(offline).toMatchObject({ kind: 'failed', state: { etag: '"v1"', fetchedAt: 5, checkedAt: 10 } });
    expect(offline.state.error).toMatch(/last good copy/);
    const gone = await fetchPolicyUrl(state, async () => new Response('no', { status: 404 }), 11);
    expect(gone.state.error).toMatch(/HTTP 404/);
  });
});
