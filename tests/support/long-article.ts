/**
 * A deterministic 50,000-word article for the edge-case build: about 500
 * paragraphs under 51 subheads, so the table of contents is longer than any
 * screen and ids must stay unique across hundreds of similar paragraphs.
 */
const SENTENCES = [
  'The committee heard evidence from port officials, shipping agents and the coast guard.',
  'Witnesses described delays that stretched from hours into days during the winter storms.',
  'A spokesperson for the ministry said the figures would be published in full next month.',
  'Local traders complained that the new inspections had doubled the cost of each crossing.',
  'Engineers proposed widening the northern channel and dredging the approach to the harbour.',
  'The regional governor promised a decision before the start of the next fishing season.',
  'Insurance brokers warned that premiums would rise unless the safety record improved.',
  'Several members asked why the previous report had never been debated in the chamber.',
];

export const LONG_ARTICLE_WORDS = 50_000;

export function longArticle(): string {
  const paragraphs: string[] = [];
  let words = 0;
  for (let n = 1; words < LONG_ARTICLE_WORDS; n++) {
    if (n % 10 === 1) paragraphs.push(`## Hearing ${Math.ceil(n / 10)}: evidence session`);
    const body = Array.from({ length: 7 }, (_, i) => SENTENCES[(n * 3 + i) % SENTENCES.length]).join(' ');
    const paragraph = `Paragraph ${n} of the record. ${body}`;
    words += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  return [
    '---',
    'title: The Harbour Inquiry in Full, a 50,000-Word Record',
    'date: 2023-01-20',
    'description: Every session of the harbour inquiry, transcribed.',
    'tags: [testing]',
    '---',
    '',
    paragraphs.join('\n\n'),
    '',
  ].join('\n');
}
