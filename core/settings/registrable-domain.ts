/**
 * The registrable domain ("eTLD+1") of a hostname: the part a person registers, such as `bbc.co.uk`
 * for `news.bbc.co.uk`. New site rules default to it, so one rule covers a publisher's subdomains.
 *
 * Limitation: this is not the Public Suffix List (about 10,000 rules and 200 kB, updated weekly). It
 * knows the single-label TLDs by rule and the multi-part suffixes below, chosen for the countries whose
 * press covers this topic most, plus a few hosting platforms. For any other multi-part suffix
 * (`example.msk.ru`, wildcard rules such as `*.ck`) it returns the last two labels (`msk.ru`), so a rule
 * made from such a page would also cover its neighbours. The options page lists every rule's domain
 * and lets people remove it or add a narrower one, which keeps that mistake visible and fixable.
 */
import { isIpAddress, normalizeHostname } from './hostname';

/** Public suffixes of two labels where each name under them belongs to a different owner. */
const MULTI_PART_SUFFIXES: ReadonlySet<string> = new Set(
  [
    // United Kingdom
    'co.uk org.uk ac.uk gov.uk ltd.uk plc.uk me.uk net.uk sch.uk nhs.uk police.uk',
    // Australia and New Zealand
    'com.au net.au org.au edu.au gov.au asn.au id.au',
    'co.nz org.nz net.nz govt.nz ac.nz',
    // South Korea
    'co.kr or.kr go.kr ne.kr re.kr ac.kr pe.kr mil.kr',
    // Ukraine
    'com.ua org.ua net.ua gov.ua in.ua edu.ua kiev.ua kyiv.ua',
    // Russia
    'com.ru org.ru net.ru msk.ru spb.ru',
    // Japan
    'co.jp or.jp ne.jp go.jp ac.jp ad.jp ed.jp gr.jp lg.jp',
    // China, Taiwan, Hong Kong, Singapore
    'com.cn net.cn org.cn gov.cn com.tw org.tw gov.tw com.hk org.hk gov.hk',
    'com.sg gov.sg edu.sg',
    // Americas
    'com.br gov.br org.br net.br com.mx gob.mx com.ar gob.ar',
    // Elsewhere
    'co.in net.in org.in gov.in ac.in co.za org.za gov.za co.il org.il gov.il',
    'com.tr org.tr gov.tr com.pl org.pl net.pl co.id go.id co.th go.th',
    // Hosting platforms from the list's private section: each subdomain is a separate publisher.
    'blogspot.com github.io',
  ].flatMap((group) => group.split(' ')),
);

/**
 * The registrable domain of a hostname, lower-cased and without a trailing dot. IP addresses,
 * single-label names (`localhost`) and bare public suffixes (`co.uk`) come back as they are;
 * IDN hostnames are expected in punycode, as `URL` gives them.
 */
export function registrableDomain(hostname: string): string {
  const host = normalizeHostname(hostname);
  if (isIpAddress(host)) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join('.');
  return MULTI_PART_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}
