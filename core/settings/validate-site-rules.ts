/** Validation of the `sites` list: each rule on its own, then duplicates. See `validate-settings.ts`. */
import { MAX_SITE_RULES } from './defaults';
import { isValidHostname, normalizeHostname } from './hostname';
import { describeValue, isRecord, readOwn, type UnknownRecord } from '../untrusted';
import type { SiteRule } from './types';
import { readDisplayPrefFields } from './validate-display-prefs';

/** A boolean field with a fallback for missing or unusable values; unusable ones are reported. */
function readBoolean(record: UnknownRecord, key: string, path: string, fallback: boolean, errors: string[]): boolean {
  const value = readOwn(record, key);
  if (typeof value === 'boolean') return value;
  if (value !== undefined)
    errors.push(`${path}.${key}: ${describeValue(value)} is not true or false; using ${fallback}`);
  return fallback;
}

/** One rule, or `null` (with an error naming it) when it has no usable domain. */
export function validateSiteRule(raw: unknown, path: string, errors: string[]): SiteRule | null {
  if (!isRecord(raw)) {
    errors.push(`${path}: ${describeValue(raw)} is not a site rule; dropped`);
    return null;
  }
  const rawDomain = readOwn(raw, 'domain');
  const domain = typeof rawDomain === 'string' ? normalizeHostname(rawDomain) : '';
  if (!isValidHostname(domain)) {
    errors.push(`${path}.domain: ${describeValue(rawDomain)} is not a hostname; rule dropped`);
    return null;
  }
  return {
    domain,
    includeSubdomains: readBoolean(raw, 'includeSubdomains', path, true, errors),
    enabled: readBoolean(raw, 'enabled', path, true, errors),
    ...readDisplayPrefFields(raw, path, errors),
  };
}

/** The usable rules of a `sites` value, at most `MAX_SITE_RULES`; for a repeated domain the last rule wins. */
export function validateSiteRules(raw: unknown, errors: string[]): SiteRule[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.push(`sites: ${describeValue(raw)} is not a list of rules; no site rules kept`);
    return [];
  }
  if (raw.length > MAX_SITE_RULES) errors.push(`sites: kept the first ${MAX_SITE_RULES} of ${raw.length} rules`);
  const byDomain = new Map<string, { rule: SiteRule; index: number }>();
  const count = Math.min(raw.length, MAX_SITE_RULES);
  for (let index = 0; index < count; index++) {
    const rule = validateSiteRule(raw[index], `sites[${index}]`, errors);
    if (!rule) continue;
    const earlier = byDomain.get(rule.domain);
    if (earlier) {
      errors.push(`sites[${earlier.index}]: replaced by sites[${index}], a later rule for ${rule.domain}`);
      byDomain.delete(rule.domain);
    }
    byDomain.set(rule.domain, { rule, index });
  }
  return Array.from(byDomain.values(), (entry) => entry.rule);
}
