import { describe, expect, it } from 'vitest';
import { sitePattern, toOrigin } from './self-hosted-protocol';

describe('self-hosted site addresses', () => {
  it.each([
    ['news.example.org', 'https://news.example.org'],
    ['https://news.example.org/admin/subscribers', 'https://news.example.org'],
    ['http://mautic.example.net:8080/s/contacts', 'http://mautic.example.net:8080'],
    ['  https://lists.example.com  ', 'https://lists.example.com'],
    ['not a host', null],
    ['', null],
    ['ftp://files.example.org', null],
  ])('%s → %s', (input, origin) => expect(toOrigin(input)).toBe(origin));

  it('asks for the host on every port (match patterns carry no port)', () => {
    expect(sitePattern('http://mautic.example.net:8080')).toBe('http://mautic.example.net/*');
  });
});
