import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPlainText, runScan, type ScanResult } from '../../scripts/scan';

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const ABOUT = join(PAGES, 'uk-chaspravdy-north-korea-builds-military-presence.html');
const NEAR_MISS = join(PAGES, 'en-fox32-south-korea-k-pop-loudspeakers-trash-balloons.html');
const PASSING = join(PAGES, 'en-particle-ukraine-withdraws-from-kursk.html');

/** Runs the CLI and keeps what it printed. */
async function scan(...args: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runScan(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err };
}

/** A fresh .txt file holding `text`. */
function textFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'scan-')), 'page.txt');
  writeFileSync(file, text);
  return file;
}

describe('runScan', () => {
  it('reports an on-topic page: verdict with reasons, mentions by entity, figures against the corpus, claims', async () => {
    const { code, out, err } = await scan(ABOUT);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out).toContain('  verdict: about (score ');
    expect(out).toContain('    topic-specific: North Korean troops ×1');
    expect(out).toContain('    North Korea ×3: Північна Корея');
    expect(out).toContain(
      '    North Korean troops sent to Russia: this page says 11,000 (“11 тисяч північнокорейських солдатів”)',
    );
    expect(out).toContain('      the sources say 2,000 to 12,000 (thousands; roughly 12,000; 10,000): within');
    expect(out).toContain('  related claims: 5');
    expect(out).toMatch(/\n {4}5\. .+ — .+; (confirmed|estimate|reported|unverified|opinion)\n/);
  });

  it('reports a near-miss as "none" with its mentions, and no figures or claims', async () => {
    const { out } = await scan(NEAR_MISS);
    expect(out).toContain('  verdict: none (score 0)');
    expect(out).toContain('    North Korea ×9: North Korea, Pyongyang');
    expect(out).toContain('  figures: none\n  related claims: none');
  });

  it('prints one line naming a missing file, exits 1, and still scans the others', async () => {
    const missing = join(PAGES, 'no-such-page.html');
    const { code, out, err } = await scan(missing, NEAR_MISS);
    expect(code).toBe(1);
    expect(err).toEqual([`scan: ${missing}: no such file`]);
    expect(out).toContain(NEAR_MISS);
  });

  it('refuses a file it cannot read as a page, naming it', async () => {
    const { code, err } = await scan(join(PAGES, 'README.md'));
    expect(code).toBe(1);
    expect(err).toEqual([`scan: ${join(PAGES, 'README.md')}: cannot read it (expected a .html, .htm or .txt file)`]);
  });

  it('prints JSON with --json: one result per page, with the report the panel shows', async () => {
    const { code, out } = await scan('--json', ABOUT, PASSING);
    const results = JSON.parse(out) as ScanResult[];
    expect(code).toBe(0);
    expect(results.map((result) => [result.file, result.verdict, result.report.verdict])).toEqual([
      [ABOUT, 'about', 'about'],
      [PASSING, 'passing', 'passing'],
    ]);
    expect(results[0]?.figures[0]).toMatchObject({
      label: 'North Korean troops sent to Russia',
      figure: { value: 11000 },
    });
    expect(results[0]?.claims).toHaveLength(5);
  });

  it('reads a .txt file as paragraphs separated by blank lines', async () => {
    const file = textFile('North Korean troops are fighting\nin the Kursk region.\n\nRussia denies it.\n');
    const [result] = JSON.parse((await scan('--json', file)).out) as ScanResult[];
    expect(result?.mentions.map((group) => `${group.entityId} ×${group.count}`)).toEqual([
      'kursk ×1',
      'nk-troops ×1',
      'russia ×1',
    ]);
    expect(result?.verdict).toBe('passing');
  });

  it('rejects an unknown option with the usage line', async () => {
    const { code, err } = await scan('--yaml', ABOUT);
    expect(code).toBe(1);
    expect(err).toEqual(['scan: unknown option --yaml (usage: npm run scan -- [--json] <file.html|file.txt>...)']);
  });
});

describe('readPlainText', () => {
  it('makes one body block per paragraph, reading line breaks inside one as spaces', () => {
    expect(readPlainText('One\r\nline.\n \nTwo.\n\n\n')).toEqual({
      text: 'One line.\nTwo.',
      blocks: [
        { start: 0, end: 9, kind: 'body' },
        { start: 10, end: 14, kind: 'body' },
      ],
    });
  });
});
