import { describe, expect, it } from 'vitest';
import { registrableDomain } from '@/core/settings/registrable-domain';

describe('registrableDomain', () => {
  it.each([
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['www.abc.net.au', 'abc.net.au'],
    ['www.smh.com.au', 'smh.com.au'],
    ['www.yna.co.kr', 'yna.co.kr'],
    ['www.mofa.go.kr', 'mofa.go.kr'],
    ['news.kbs.or.kr', 'kbs.or.kr'],
    ['www.pravda.com.ua', 'pravda.com.ua'],
    ['www3.nhk.or.jp', 'nhk.or.jp'],
    ['g1.globo.com.br', 'globo.com.br'],
    ['www.ox.ac.uk', 'ox.ac.uk'],
    ['www.gov.uk', 'www.gov.uk'],
    ['edition.cnn.com', 'cnn.com'],
    ['a.b.c.nytimes.com', 'nytimes.com'],
    ['reuters.com', 'reuters.com'],
    ['someone.blogspot.com', 'someone.blogspot.com'],
  ])('gives %s the registrable domain %s', (hostname, expected) => {
    expect(registrableDomain(hostname)).toBe(expected);
  });

  it('lower-cases the hostname and strips a trailing dot', () => {
    expect(registrableDomain('News.BBC.co.UK.')).toBe('bbc.co.uk');
  });

  it.each(['192.168.0.10', '[::1]', '[2001:db8::1]'])('returns the IP address %s as it is', (ip) => {
    expect(registrableDomain(ip)).toBe(ip);
  });

  it.each(['localhost', 'intranet'])('returns the single-label name %s as it is', (name) => {
    expect(registrableDomain(name)).toBe(name);
  });

  it('returns a bare public suffix as it is', () => {
    expect(registrableDomain('co.uk')).toBe('co.uk');
  });

  it('keeps punycode IDN labels as given', () => {
    expect(registrableDomain('www.xn--bcher-kva.de')).toBe('xn--bcher-kva.de');
  });

  it('falls back to the last two labels for a multi-part suffix it does not know', () => {
    expect(registrableDomain('news.example.nom.es')).toBe('nom.es');
  });
});
