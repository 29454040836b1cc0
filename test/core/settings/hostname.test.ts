import { describe, expect, it } from 'vitest';
import {
  hostnameOf,
  isIpAddress,
  isValidHostname,
  normalizeHostname,
  parseDomainInput,
} from '@/core/settings/hostname';

describe('normalizeHostname', () => {
  it('trims, lower-cases and strips one trailing dot', () => {
    expect(normalizeHostname('  WWW.BBC.co.uk. ')).toBe('www.bbc.co.uk');
  });
});

describe('isIpAddress', () => {
  it.each([
    ['10.0.0.1', true],
    ['256.1.1.1', false],
    ['[::1]', true],
    ['1.2.3', false],
    ['bbc.co.uk', false],
  ])('says %s is an IP address: %s', (hostname, expected) => {
    expect(isIpAddress(hostname)).toBe(expected);
  });
});

describe('isValidHostname', () => {
  it.each([
    ['bbc.co.uk', true],
    ['xn--bcher-kva.de', true],
    ['localhost', true],
    ['', false],
    ['bad host.com', false],
    ['-bad.com', false],
    ['a..b', false],
    [`${'a'.repeat(64)}.com`, false],
  ])('says %j is a valid hostname: %s', (hostname, expected) => {
    expect(isValidHostname(hostname)).toBe(expected);
  });
});

describe('hostnameOf', () => {
  it.each([
    ['https://News.BBC.co.uk/news/world', 'news.bbc.co.uk'],
    ['http://localhost:5173/page', 'localhost'],
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['chrome://extensions', null],
    ['about:blank', null],
    ['file:///home/me/page.html', null],
    ['not a url', null],
  ])('gives %s the hostname %s', (url, expected) => {
    expect(hostnameOf(url)).toBe(expected);
  });
});

describe('parseDomainInput', () => {
  it.each([
    ['bbc.co.uk', 'bbc.co.uk'],
    ['  BBC.co.uk ', 'bbc.co.uk'],
    ['https://www.bbc.co.uk/news', 'www.bbc.co.uk'],
    ['bbc.co.uk/news', 'bbc.co.uk'],
    ['', null],
    ['two words', null],
    ['ftp://files.example.com', null],
  ])('reads %j as %s', (text, expected) => {
    expect(parseDomainInput(text)).toBe(expected);
  });
});
