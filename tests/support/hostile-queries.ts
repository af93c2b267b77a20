/**
 * 200 deterministic search queries a hostile or unlucky reader might type:
 * markup and script fragments, quotes, right-to-left and combining text,
 * emoji, lone surrogates, control characters and very long strings.
 */
const SEEDS = [
  '<script>window.__injected=1</script>',
  '<img src=x onerror="window.__injected=1">',
  '"><svg onload=window.__injected=1>',
  "';window.__injected=1;//",
  '</mark><b>bold</b>',
  '<iframe src="javascript:alert(1)">',
  '${window.__injected=1}',
  '{{constructor.constructor("window.__injected=1")()}}',
  '&lt;b&gt;entity&lt;/b&gt;',
  '" onfocus="window.__injected=1" autofocus="',
  'Moscow" OR 1=1 --',
  '\u202Eevil\u202C Moscow',
  'مرحبا بالعالم القاهرة',
  'שלום Belarus',
  'e\u0301\u0301\u0301 Z\u0335\u0321\u0322a\u0336l\u0337g\u0338o',
  '👩🏽‍💻🇺🇦🏳️‍🌈 Belarus',
  '\uD800 lone high',
  'lone low \uDFFF',
  '\u0000\u0001\u0007 control',
  '\t\n\r tabs and breaks',
  '*?+[(){}|^$\\.',
  '%00%3Cscript%3E',
  '/search/?q=<script>',
  '#bs:main',
  '   ',
  'a',
  'Минске',
  '集装箱 上海',
  '__proto__',
  'constructor',
];

export function hostileQueries(count = 200): string[] {
  const queries: string[] = [];
  for (let i = 0; queries.length < count; i++) {
    const seed = SEEDS[i % SEEDS.length]!;
    const round = Math.floor(i / SEEDS.length);
    if (round === 0) queries.push(seed);
    else if (round === 1) queries.push(`Moscow ${seed} Belarus`);
    else if (round === 2) queries.push(seed.repeat(Math.ceil(1000 / seed.length)).slice(0, 1000));
    else if (round === 3) queries.push(`${seed}${SEEDS[(i * 7) % SEEDS.length]}`);
    else queries.push(`${'x'.repeat(i % 50)}${seed}`.slice(0, 1000));
  }
  return queries;
}
