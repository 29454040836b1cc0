/**
 * Deterministic news pages for the scan benchmark: an `<article>` of `<p>` paragraphs in six
 * languages, with headings, inline `<a>`, `<b>` and `<em>` (some mentions split across them) and a
 * topic mention (an alias of the real pack) about every 300 characters.
 */
import type { Lang, TopicPack } from '@/core/pack/types';
import { seededRandom, type Random } from './random';
import { BANKS } from './sentences';

/** Paragraph languages, English most often (a page of world news in several languages). */
const LANGS: readonly Lang[] = ['en', 'en', 'en', 'de', 'fr', 'ru', 'uk', 'ko'];
/** Characters between two mentions: uniform in [MIN, MIN + SPREAD), so ≈ 300 on average. */
const MENTION_GAP_MIN = 240;
const MENTION_GAP_SPREAD = 120;
/** Share of filler words wrapped in inline markup. */
const INLINE_MARKUP_RATE = 0.05;
/** A heading after this many paragraphs. */
const PARAGRAPHS_PER_HEADING = 8;

/** A generated page and what it holds. */
export interface GeneratedPage {
  html: string;
  /** Characters of text in the body (markup excluded). */
  textChars: number;
  /** Mentions the generator inserted. */
  mentions: number;
}

interface Writer {
  random: Random;
  aliases: Readonly<Record<Lang, readonly string[]>>;
  textChars: number;
  mentions: number;
  untilMention: number;
}

/** Plain aliases of the pack by language (prefix and case-sensitive ones need special spelling). */
function aliasesByLang(pack: TopicPack): Record<Lang, string[]> {
  const out: Record<Lang, string[]> = { en: [], de: [], fr: [], ru: [], uk: [], ko: [] };
  for (const entity of pack.entities) {
    for (const alias of entity.aliases) if (!alias.prefix && !alias.caseSensitive) out[alias.lang].push(alias.text);
  }
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function mentionHtml(alias: string, random: Random): string {
  const text = escapeHtml(alias);
  const roll = random.int(100);
  if (roll < 15) return `<a href="#topic">${text}</a>`;
  const space = text.lastIndexOf(' ');
  if (roll < 30 && space > 0) return `${text.slice(0, space + 1)}<b>${text.slice(space + 1)}</b>`;
  return text;
}

function wordHtml(word: string, random: Random): string {
  if (!random.chance(INLINE_MARKUP_RATE)) return word;
  const tag = random.pick(['a', 'b', 'em']);
  return tag === 'a' ? `<a href="#w">${word}</a>` : `<${tag}>${word}</${tag}>`;
}

/** One sentence as HTML; counts its text and mentions into `w`. */
function sentenceHtml(w: Writer, lang: Lang): string {
  const bank = BANKS[lang];
  const wantsMention = w.untilMention <= 0;
  const template = w.random.pick(wantsMention ? bank.mention : bank.filler);
  const words = template.split(' ').map((token) => {
    if (token.includes('{M}')) {
      const alias = w.random.pick(w.aliases[lang]);
      w.mentions += 1;
      w.untilMention = MENTION_GAP_MIN + w.random.int(MENTION_GAP_SPREAD);
      w.textChars += alias.length - 3;
      return token.replace('{M}', mentionHtml(alias, w.random));
    }
    if (token.includes('{N}')) {
      const n = String(100 + w.random.int(20000));
      w.textChars += n.length - 3;
      return token.replace('{N}', n);
    }
    return wordHtml(token, w.random);
  });
  const chars = template.length + 1;
  w.textChars += chars;
  w.untilMention -= chars;
  return words.join(' ');
}

function paragraphHtml(w: Writer): string {
  const lang = w.random.pick(LANGS);
  const count = 3 + w.random.int(4);
  const sentences = Array.from({ length: count }, () => sentenceHtml(w, lang));
  return `<p lang="${lang}">${sentences.join(' ')}</p>`;
}

function headingHtml(w: Writer): string {
  const text = w.random.pick(BANKS[w.random.pick(LANGS)].headings);
  w.textChars += text.length;
  return `<h2>${escapeHtml(text)}</h2>`;
}

function writer(pack: TopicPack, seed: number): Writer {
  return { random: seededRandom(seed), aliases: aliasesByLang(pack), textChars: 0, mentions: 0, untilMention: 0 };
}

/** `count` paragraphs (with headings) as HTML, e.g. to append to a page. */
export function generateParagraphs(pack: TopicPack, count: number, seed: number): string {
  const w = writer(pack, seed);
  const parts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    if (i % PARAGRAPHS_PER_HEADING === PARAGRAPHS_PER_HEADING - 1) parts.push(headingHtml(w));
    parts.push(paragraphHtml(w));
  }
  return parts.join('\n');
}

/** A whole news page with about `textChars` characters of text. */
export function generateArticle(pack: TopicPack, textChars: number, seed: number): GeneratedPage {
  const w = writer(pack, seed);
  const body: string[] = [];
  for (let i = 0; w.textChars < textChars; i += 1) {
    if (i % PARAGRAPHS_PER_HEADING === PARAGRAPHS_PER_HEADING - 1) body.push(headingHtml(w));
    body.push(paragraphHtml(w));
  }
  const title = 'North Korean troops in Kursk: what we know';
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${title}</title>`,
    '<style>body{font:16px/1.5 Georgia,serif;max-width:42em;margin:0 auto;padding:1em}</style></head><body>',
    '<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/europe">Europe</a></nav></header>',
    `<main><article><h1>${title}</h1>`,
    body.join('\n'),
    '</article></main><footer><p>© The Daily Bench</p></footer></body></html>',
  ].join('\n');
  return { html, textChars: w.textChars, mentions: w.mentions };
}
