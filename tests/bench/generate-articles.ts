/**
 * Deterministic synthetic articles for the benchmark. Sentences come from the
 * project's real articles (`content/`, `tests/fixtures/content/`; drafts and
 * the edge-case fixtures tagged `testing` are left out, and so is any sentence
 * with markup or emoji), recombined with varied names, places and numbers;
 * titles, dates (2012–2025), tags (a pool of 30), languages (mostly English;
 * ~2.5 % Russian, ~1 % Chinese, ~0.5 % Arabic, each from its fixture, when
 * the fixture exists) and lengths (3–30 paragraphs) vary. Article i depends
 * only on the seed, i and the real articles, so the same N always gives the
 * same files, and N=100 is the first 100 files of N=1000.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export const DEFAULT_SEED = 'broadsheet-bench-1';
const ROOT = new URL('../../', import.meta.url).pathname;
const SOURCE_DIRS = ['content', 'tests/fixtures/content'];

export interface GeneratedArticle {
  /** File name in the content folder; the page is `/articles/<id>/`. */
  file: string;
  id: string;
  lang: string;
  text: string;
}

export interface GeneratedCorpus {
  articles: GeneratedArticle[];
  /** Two words that occur in the first article (so at every N): the first and the second search. */
  /** Words the first article holds: a cold query, a warm one typed in a burst, a warm one typed at a reader's pace. */
  queries: { first: string; second: string; third?: string };
}

interface LanguagePool {
  sentences: string[];
  headings: string[];
  titles: string[];
  descriptions: string[];
}

/** Pools by language; English always, others when a real article in that language exists. */
type Corpus = Record<string, LanguagePool>;

// ── PRNG ─────────────────────────────────────────────────────────────────────

function hashSeed(text: string): number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: string): () => number {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// ── Pools ────────────────────────────────────────────────────────────────────

const TAGS = [
  'china',
  'russia',
  'belarus',
  'ukraine',
  'europe',
  'asia',
  'defense',
  'military',
  'security',
  'diplomacy',
  'summit',
  'sanctions',
  'economy',
  'trade',
  'markets',
  'finance',
  'inflation',
  'energy',
  'grain',
  'agriculture',
  'shipping',
  'transport',
  'elections',
  'courts',
  'media',
  'technology',
  'climate',
  'health',
  'migration',
  'labour',
];
const GIVEN = [
  'Anna',
  'Ivan',
  'Maria',
  'Chen',
  'Olga',
  'Pavel',
  'Lena',
  'Tomas',
  'Sofia',
  'Arman',
  'Nadia',
  'Yusuf',
  'Elena',
  'Marek',
  'Ilse',
  'Dmitri',
  'Hana',
  'Rafael',
  'Zara',
  'Viktor',
  'Mei',
  'Jonas',
  'Leila',
  'Oskar',
  'Irina',
  'Samir',
  'Petra',
  'Luca',
  'Aigerim',
  'Wei',
];
const SYLLABLES = [
  'ka',
  'ren',
  'lo',
  'vic',
  'mar',
  'ta',
  'sen',
  'do',
  'ri',
  'an',
  'bel',
  'cor',
  'din',
  'ev',
  'fal',
  'gor',
  'hal',
  'is',
  'jor',
  'kel',
  'lin',
  'mo',
  'nor',
  'os',
  'pel',
  'quin',
  'ros',
  'sal',
  'tor',
  'ul',
  'var',
  'wen',
  'yar',
  'zel',
];
const CITIES = [
  'Moscow',
  'Minsk',
  'Warsaw',
  'Vilnius',
  'Riga',
  'Tallinn',
  'Helsinki',
  'Ankara',
  'Astana',
  'Tashkent',
  'Baku',
  'Tbilisi',
  'Yerevan',
  'Kyiv',
  'Odesa',
  'Bucharest',
  'Sofia',
  'Belgrade',
  'Budapest',
  'Vienna',
  'Prague',
  'Berlin',
  'Geneva',
  'Brussels',
  'Paris',
  'Rome',
  'Istanbul',
  'Cairo',
  'Delhi',
  'Beijing',
  'Shanghai',
  'Seoul',
  'Tokyo',
  'Hanoi',
  'Jakarta',
  'Nairobi',
  'Lagos',
  'Brasilia',
  'Ottawa',
  'Oslo',
];
const COUNTRIES = [
  'China',
  'Russia',
  'Belarus',
  'Poland',
  'Turkey',
  'India',
  'Brazil',
  'Kazakhstan',
  'Germany',
  'France',
  'Japan',
  'Egypt',
  'Norway',
  'Finland',
  'Serbia',
  'Hungary',
  'Vietnam',
  'Indonesia',
  'Kenya',
  'Nigeria',
];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve'];
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];
const AUTHORS = ['Staff Reporter', 'Foreign Desk', 'Business Desk', 'Wire Services', 'Security Correspondent'];
const EN_TITLE_TEMPLATES = [
  '{P} Arrives in {C} for Security Talks',
  'Talks in {C} Stall Over Cargo Inspections',
  '{K} and {K2} Pledge a Deeper Strategic Partnership',
  'Prices Rise for a {O} Day as Exporters Wait on {C}',
  '{N}-Day Conference in {C} Ends Without a Joint Statement',
  'What the Visit by {P} to {C} Signals for {K}',
  'Insurers Hold Back While {C} Corridor Terms Remain Unsettled',
  'Defense Leaders Meet in {C} to Discuss International Security',
  '{K} Tells {C} It Will Stay Neutral',
  'Grain Exporters Look to {C} as Shipping Costs Climb',
];
const EN_EXTRA_HEADINGS = ['Background', 'What comes next', 'Reaction in {C}', 'The numbers', 'A {N}-day schedule'];
const EN_EXTRA_SENTENCES = [
  'Officials in {C} said the next round of talks would begin in {N} weeks.',
  '{P} told reporters in {C} that the terms had not yet been settled.',
  'Prices rose for a {O} day, traders in {C} said.',
];
const RU_EXTRA_SENTENCES = [
  'Следующий раунд консультаций пройдёт в {C} в конце месяца.',
  'Переговоры в {C} продолжаются, сообщили участники встречи.',
];
const RU_CITIES = ['Минске', 'Москве', 'Казани', 'Риге', 'Астане', 'Ташкенте', 'Баку', 'Ереване', 'Тбилиси', 'Варшаве'];
const ZH_CITIES = ['上海', '宁波', '广州', '深圳', '天津', '青岛', '厦门', '大连'];
const AR_CITIES = ['القاهرة', 'عمّان', 'بيروت', 'تونس', 'الرباط', 'الخرطوم', 'الدوحة', 'بغداد'];
/** Share of each other language; a language without a real article to draw from is left out. */
const OTHER_LANGUAGES: [lang: string, share: number][] = [
  ['ru', 0.025],
  ['zh', 0.01],
  ['ar', 0.005],
];

// ── Reading the real articles ────────────────────────────────────────────────

function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{Lo}“"])|(?<=[。！？])\s*/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 12);
}

/** Plain prose only: no markup, links, tables or emoji from the edge-case fixtures. */
const plain = (text: string, max: number) =>
  text.length <= max && !/[<>[\]()|*_`#{}\\]|https?:|\p{Extended_Pictographic}/u.test(text);

const emptyPool = (): LanguagePool => ({ sentences: [], headings: [], titles: [], descriptions: [] });

/** Sentences, subheads, titles and standfirsts of the real articles, by language. */
export function loadCorpus(root = ROOT): Corpus {
  const corpus: Corpus = {};
  for (const dir of SOURCE_DIRS) {
    for (const name of readdirSync(join(root, dir))
      .filter((file) => file.endsWith('.md'))
      .sort()) {
      const text = readFileSync(join(root, dir, name), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!match) continue;
      const data = (parse(match[1]!) ?? {}) as {
        title?: unknown;
        description?: unknown;
        lang?: unknown;
        tags?: unknown;
        draft?: unknown;
      };
      if (data.draft === true || (Array.isArray(data.tags) && data.tags.includes('testing'))) continue;
      const lang = typeof data.lang === 'string' ? data.lang : 'en';
      const pool = (corpus[lang] ??= emptyPool());
      if (typeof data.title === 'string' && plain(data.title, 120)) pool.titles.push(data.title);
      if (typeof data.description === 'string' && plain(data.description, 300))
        pool.descriptions.push(data.description);
      for (const block of match[2]!.split(/\r?\n\s*\r?\n/)) {
        const trimmed = block.trim().replace(/\s+/g, ' ');
        if (/^##\s/.test(trimmed)) {
          const heading = trimmed.replace(/^#+\s*/, '');
          if (plain(heading, 80)) pool.headings.push(heading);
        } else if (trimmed && !/^[#>|-]/.test(trimmed)) {
          pool.sentences.push(...splitSentences(trimmed).filter((sentence) => plain(sentence, 400)));
        }
      }
    }
  }
  const en = corpus['en'];
  if (!en || en.sentences.length < 5)
    throw new Error('Too few English sentences in content/ and tests/fixtures/content/');
  en.sentences.push(...EN_EXTRA_SENTENCES);
  en.headings.push(...EN_EXTRA_HEADINGS);
  en.titles.push(...EN_TITLE_TEMPLATES);
  corpus['ru']?.sentences.push(...RU_EXTRA_SENTENCES);
  // A language is usable with at least a sentence and a title; standfirsts fall back to sentences.
  const usable = Object.entries(corpus).filter(([, pool]) => pool.sentences.length > 0 && pool.titles.length > 0);
  for (const [, pool] of usable) {
    if (pool.descriptions.length === 0) pool.descriptions.push(...pool.sentences.slice(0, 3));
    pool.sentences.push(...pool.descriptions.filter((description) => !pool.sentences.includes(description)));
  }
  return Object.fromEntries(usable);
}

// ── One article ──────────────────────────────────────────────────────────────

interface Cast {
  people: string[];
  cities: string[];
  countries: string[];
  number: string;
  ordinal: string;
}

function personName(random: Random): string {
  const surname = Array.from({ length: int(random, 2, 3) }, () => pick(random, SYLLABLES)).join('');
  return `${pick(random, GIVEN)} ${surname[0]!.toUpperCase()}${surname.slice(1)}`;
}

function castFor(random: Random, lang: string): Cast {
  const cityPool = lang === 'ru' ? RU_CITIES : lang === 'zh' ? ZH_CITIES : lang === 'ar' ? AR_CITIES : CITIES;
  return {
    people: [personName(random), personName(random), personName(random)],
    cities: [pick(random, cityPool), pick(random, cityPool)],
    countries: [pick(random, COUNTRIES), pick(random, COUNTRIES), pick(random, COUNTRIES)],
    number: pick(random, NUMBER_WORDS),
    ordinal: pick(random, ORDINALS),
  };
}

/** Puts this article's people, places and numbers into a real sentence. */
function vary(text: string, cast: Cast): string {
  const [p1, p2, p3] = cast.people as [string, string, string];
  const [c1, c2] = cast.cities as [string, string];
  const [k1, k2, k3] = cast.countries as [string, string, string];
  const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);
  return text
    .replaceAll('{P}', p1)
    .replaceAll('{C2}', c2)
    .replaceAll('{C}', c1)
    .replaceAll('{K2}', k2)
    .replaceAll('{K3}', k3)
    .replaceAll('{K}', k1)
    .replaceAll('{N}', capital(cast.number))
    .replaceAll('{O}', cast.ordinal)
    .replace(/\bLi Shangfu\b/g, p1)
    .replace(/\bVladimir Putin\b/g, p2)
    .replace(/\bXi Jinping\b/g, p3)
    .replace(/\bMoscow\b/g, c1)
    .replace(/\bMinsk\b/g, c2)
    .replace(/Минске/g, c1)
    .replace(/上海/g, c1)
    .replace(/القاهرة/g, c1)
    .replace(/\bsix-day\b/g, `${cast.number}-day`)
    .replace(/\bthird day\b/g, `${cast.ordinal} day`)
    .replace(/\b(in|In) (\w+) weeks\b/g, `$1 ${cast.number} weeks`);
}

function paragraph(random: Random, pool: LanguagePool, cast: Cast, lang: string): string {
  const count = int(random, 1, 4);
  const chosen: string[] = [];
  let previous = -1;
  for (let k = 0; k < count; k++) {
    let index = Math.floor(random() * pool.sentences.length);
    if (index === previous && pool.sentences.length > 1) index = (index + 1) % pool.sentences.length;
    previous = index;
    chosen.push(vary(pool.sentences[index]!, cast));
  }
  return chosen.join(/^(zh|ja)/.test(lang) ? '' : ' ');
}

function dateFor(random: Random): string {
  const start = Date.UTC(2012, 0, 1);
  const end = Date.UTC(2025, 11, 31);
  return new Date(start + Math.floor(random() * ((end - start) / 86_400_000 + 1)) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
}

export function generateArticle(index: number, corpus: Corpus, seed = DEFAULT_SEED): GeneratedArticle {
  const random = prng(`${seed}:${index}`);
  let roll = random();
  // The first article is the one whose page is measured: English, mid-length, with subheads.
  let lang = 'en';
  for (const [other, share] of OTHER_LANGUAGES) {
    if (index > 0 && corpus[other] && roll < share) {
      lang = other;
      break;
    }
    roll -= share;
  }
  const pool = corpus[lang]!;
  const cast = castFor(random, lang);
  const title = vary(pick(random, pool.titles), cast);
  const paragraphs = index === 0 ? 12 : 3 + Math.floor(28 * random() ** 1.4);
  const withSubheads = index === 0 || random() > 0.15;
  const body: string[] = [];
  let nextHeading = int(random, 1, 3);
  for (let p = 0; p < paragraphs; p++) {
    if (withSubheads && p === nextHeading) {
      body.push(`## ${vary(pick(random, pool.headings), cast)}`);
      nextHeading += int(random, 2, 5);
    }
    body.push(paragraph(random, pool, cast, lang));
  }
  const tags = [...new Set(Array.from({ length: int(random, 1, 4) }, () => pick(random, TAGS)))];
  const frontMatter: Record<string, unknown> = {
    title,
    date: dateFor(random),
    description: vary(pick(random, pool.descriptions), cast),
    tags,
  };
  if (random() < 0.4) frontMatter['author'] = pick(random, AUTHORS);
  if (lang !== 'en') frontMatter['lang'] = lang;
  const id = `${String(index + 1).padStart(5, '0')}-${slugify(title) || `${lang}-story`}`;
  const text = `---\n${stringify(frontMatter, { lineWidth: 0, flowCollectionPadding: false })}---\n\n${body.join('\n\n')}\n`;
  return { file: `${id}.md`, id, lang, text };
}

const QUERY_CANDIDATES = ['security', 'partnership', 'cooperation', 'conference', 'minister', 'exporters', 'corridor'];

export function generateArticles(n: number, options: { seed?: string; root?: string } = {}): GeneratedCorpus {
  const corpus = loadCorpus(options.root);
  const articles = Array.from({ length: n }, (_, index) => generateArticle(index, corpus, options.seed));
  const first = articles[0];
  const words = new Set((first?.text.split(/\n---\n/)[1] ?? '').toLowerCase().match(/\p{L}+/gu) ?? []);
  const found = QUERY_CANDIDATES.filter((word) => words.has(word));
  if (found.length < 2)
    throw new Error(`The first article holds fewer than two of the query words ${QUERY_CANDIDATES.join(', ')}`);
  return { articles, queries: { first: found[0]!, second: found[1]!, ...(found[2] ? { third: found[2] } : {}) } };
}

/** Writes the articles into `dir` (created if needed). */
export function writeArticles(dir: string, articles: readonly GeneratedArticle[]): void {
  mkdirSync(dir, { recursive: true });
  for (const article of articles) writeFileSync(join(dir, article.file), article.text);
}
