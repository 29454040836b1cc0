/**
 * Hostname helpers shared by site-rule validation and resolution.
 *
 * `URL` is a WHATWG global in every runtime this code runs in (browsers, Node); core's tsconfig has no
 * DOM or Node lib, so it is reached through `globalThis` with the little of its shape we use. The
 * parser converts IDN hostnames to punycode (`bücher.de` → `xn--bcher-kva.de`) and lower-cases them.
 */

interface ParsedUrl {
  protocol: string;
  hostname: string;
}

const UrlParser = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;

/** Longest hostname DNS allows, in characters. */
const MAX_HOSTNAME_LENGTH = 253;

const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Lower-cases a hostname, trims it and strips one trailing dot (`BBC.co.uk.` → `bbc.co.uk`). */
export function normalizeHostname(hostname: string): string {
  const trimmed = hostname.trim().toLowerCase();
  return trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
}

/** Whether a normalized hostname is an IPv4 address or a bracketed IPv6 address. */
export function isIpAddress(hostname: string): boolean {
  if (hostname.startsWith('[') && hostname.endsWith(']')) return hostname.includes(':');
  const parts = IPV4.exec(hostname);
  return parts !== null && parts.slice(1).every((part) => Number(part) <= 255);
}

/** Whether a normalized hostname is well formed: DNS labels (punycode for IDN) or an IP address. */
export function isValidHostname(hostname: string): boolean {
  if (hostname.length === 0 || hostname.length > MAX_HOSTNAME_LENGTH) return false;
  if (isIpAddress(hostname)) return true;
  return hostname.split('.').every((label) => LABEL.test(label));
}

/** The normalized hostname of an http(s) URL, or `null` for other schemes and unparsable input. */
export function hostnameOf(url: string): string | null {
  try {
    const parsed = new UrlParser(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    const hostname = normalizeHostname(parsed.hostname);
    return isValidHostname(hostname) ? hostname : null;
  } catch {
    return null;
  }
}

/**
 * What a person typed as a site ("BBC.co.uk", "https://www.bbc.co.uk/news") as a normalized hostname,
 * or `null` when it names no host.
 */
export function parseDomainInput(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || /\s/.test(trimmed)) return null;
  return hostnameOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
}
