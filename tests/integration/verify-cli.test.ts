import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { articlePage, folder, md, page } from '../unit/verify/fixtures.ts';

const root = new URL('../../', import.meta.url).pathname;

describe('the verify command', () => {
  function verify(dist: string, content: string): { status: number | null; output: string } {
    const result = spawnSync(
      process.execPath,
      [join(root, 'src/cli/verify/verify.ts'), '--dist', dist, '--content', content, '--base', '/', '--skip-nu'],
      {
        encoding: 'utf8',
        env: { ...process.env, BASE_PATH: '' },
      },
    );
    return { status: result.status, output: result.stdout + result.stderr };
  }
  const content = folder('cli-content', {
    'a.md': md('title: A', '\nHello there.\n'),
    '.paragraph-ids/a.yaml': '- id: p0\n  text: Hello there.\n',
  });
  const fragment = gzipSync(Buffer.from('pagefind_dcd{"url":"/articles/a/"}'));
  const entry = '{"languages":{"en":{"hash":"en_1","wasm":"en","page_count":1}}}';
  // The build's tag for it: the first 12 hex digits of its SHA-256.
  const tag = createHash('sha256').update(entry).digest('hex').slice(0, 12);
  const part = { path: 'pagefind/', pages: 1, languages: ['en'], newest: '2024-01-01', oldest: '2024-01-01' };
  const pagefind = {
    'pagefind/bundles.json': JSON.stringify({ bundles: [{ ...part, entry: { tag, files: {} } }] }),
    'pagefind/pagefind-entry.json': entry,
    'pagefind/fragment/en_1.pf_fragment': fragment,
  };

  it('should exit 0 with a one-line verdict on a good site', () => {
    const dist = folder('cli-good', {
      ...pagefind,
      'articles/a/index.html': articlePage('A', ['Hello there.']),
      'index.html': page('Home', '<p>Hi</p>'),
      'favicon.svg': '',
    });
    const { status, output } = verify(dist, content);
    expect(output).toContain('- nu: skipped (--skip-nu)');
    expect(output.trim().split('\n').at(-1)).toBe(`verify: ${dist}/ OK (2 pages, 1 article, 6 links)`);
    expect(status).toBe(0);
  });

  it('should exit 1 listing every problem', () => {
    const dist = folder('cli-bad', {
      ...pagefind,
      'articles/a/index.html': articlePage('A', ['Hello here.']),
      'index.html': page('Home', '<a href="/x/">x</a>'),
    });
    const { status, output } = verify(dist, content);
    expect(output).toContain('✗ paragraphs');
    expect(output).toContain('✗ links');
    expect(output).toMatch(/verify: \d+ problems\n$/);
    expect(status).toBe(1);
  });
});
