import search from 'approx-string-match';

/** A paragraph's id as the record keeps it: the text it had when last published, and for one now gone, where it points. */
export interface RecordEntry {
  id: string;
  text: string;
  /** Set when no paragraph has this id any more: the paragraph its links land on now. */
  at?: string;
}

/**
 * A paragraph keeps a recorded id when this much of the longer text is
 * shared, or when the shorter is almost all in the longer (`CONTAINED`) and
 * is not a mere line of it (`SUBSTANTIAL` of its length): a sentence cut, or
 * the larger half of a split.
 */
export const KEEP = 0.6;
export const CONTAINED = 0.8;
export const SUBSTANTIAL = 0.4;
/** At least this much of a gone paragraph's text in another, that one “took its text”. */
export const TOOK = 0.5;

/** Text as compared: case, spacing and typographic quotes and dashes folded. */
export function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How many characters two texts share, approximately: the shorter found in
 * the longer with Myers' bit-parallel approximate matching (approx-string-match,
 * as Hypothesis re-anchors annotations), less its errors. 0 when it cannot be
 * found with at most half its length wrong.
 */
export function shared(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return 0;
  const [best] = search(long, short, Math.floor(short.length / 2)).sort((x, y) => x.errors - y.errors);
  return best ? short.length - best.errors : 0;
}

export interface Assignment {
  /** One id a paragraph, in reading order. */
  ids: string[];
  /** The record after this build: every paragraph, each gone one right after the paragraph it points to. */
  record: RecordEntry[];
}

/**
 * Give today's paragraphs their ids from the record of ids published before:
 * the same text keeps its id; a paragraph recognisably the same after an edit
 * (most alike first) keeps it too; a new one gets `fresh(text, taken)`, never
 * an id the record holds. A recorded id whose paragraph is gone points to the
 * paragraph that took its text, else to its nearest surviving neighbour.
 */
export function assignIds(
  texts: readonly string[],
  previous: readonly RecordEntry[],
  reserved: ReadonlySet<string>,
  fresh: (text: string, taken: Set<string>) => string,
): Assignment {
  const current = texts.map(normalize);
  const recordedTexts = previous.map((entry) => normalize(entry.text));
  const ids: (string | undefined)[] = texts.map(() => undefined);
  const used = new Set<number>();
  // The same text: its id, in reading order.
  const byText = new Map<string, number[]>();
  for (const [index, text] of recordedTexts.entries()) byText.set(text, [...(byText.get(text) ?? []), index]);
  for (const [index, text] of current.entries()) {
    const entry = byText.get(text)?.find((candidate) => !used.has(candidate));
    if (entry === undefined) continue;
    used.add(entry);
    ids[index] = previous[entry]!.id;
  }
  // Edited: the most alike pairs first.
  const pairs: { paragraph: number; entry: number; score: number }[] = [];
  for (const [paragraph, text] of current.entries()) {
    if (ids[paragraph]) continue;
    for (const [entry, other] of recordedTexts.entries()) {
      if (used.has(entry)) continue;
      const [short, long] = [Math.min(text.length, other.length), Math.max(text.length, other.length, 1)];
      const common = shared(text, other);
      const score = common / long;
      if (score >= KEEP || (common / Math.max(short, 1) >= CONTAINED && short / long >= SUBSTANTIAL))
        pairs.push({ paragraph, entry, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.paragraph - b.paragraph || a.entry - b.entry);
  for (const { paragraph, entry } of pairs) {
    if (ids[paragraph] || used.has(entry)) continue;
    used.add(entry);
    ids[paragraph] = previous[entry]!.id;
  }
  // New: a fresh id that nothing recorded or reserved holds.
  const taken = new Set([
    ...reserved,
    ...previous.map((entry) => entry.id),
    ...ids.filter((id): id is string => Boolean(id)),
  ]);
  const final = ids.map((id, index) => {
    if (id) return id;
    const made = fresh(texts[index]!, taken);
    taken.add(made);
    return made;
  });
  return { ids: final, record: recordAfter(texts, final, previous, used) };
}

function recordAfter(
  texts: readonly string[],
  ids: readonly string[],
  previous: readonly RecordEntry[],
  used: ReadonlySet<number>,
): RecordEntry[] {
  const live = new Set(ids);
  const gone = new Map<string, RecordEntry[]>();
  for (const [index, entry] of previous.entries()) {
    if (used.has(index) || live.has(entry.id)) continue;
    // Where it was pointed before (perhaps by hand) it keeps pointing, while that paragraph lives.
    const kept = entry.at && live.has(entry.at) ? entry.at : undefined;
    const at = kept ?? tookText(entry.text, texts, ids) ?? nearest(index, previous, live) ?? ids[0];
    if (!at) continue; // No paragraph left at all: nothing to point to.
    gone.set(at, [...(gone.get(at) ?? []), { id: entry.id, text: entry.text, at }]);
  }
  return ids.flatMap((id, index) => [{ id, text: texts[index]! }, ...(gone.get(id) ?? [])]);
}

/** The paragraph holding most of a gone paragraph's text, if one holds enough. */
function tookText(text: string, texts: readonly string[], ids: readonly string[]): string | undefined {
  const gone = normalize(text);
  let best: { id: string; score: number } | undefined;
  for (const [index, other] of texts.entries()) {
    const score = shared(gone, normalize(other)) / Math.max(gone.length, 1);
    if (score >= TOOK && (!best || score > best.score)) best = { id: ids[index]!, score };
  }
  return best?.id;
}

/** The surviving paragraph that stood closest before it, else after it, in the record's reading order. */
function nearest(index: number, previous: readonly RecordEntry[], live: ReadonlySet<string>): string | undefined {
  const target = (entry: RecordEntry | undefined) =>
    entry && live.has(entry.at ?? entry.id) ? (entry.at ?? entry.id) : undefined;
  for (let i = index - 1; i >= 0; i--) if (target(previous[i])) return target(previous[i]);
  for (let i = index + 1; i < previous.length; i++) if (target(previous[i])) return target(previous[i]);
  return undefined;
}
