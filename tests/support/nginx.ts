/**
 * Debian's nginx serving a built site as the README tells a newsroom to:
 * its server block, word for word, with the headers written from the
 * build's `_headers` by `npm run nginx-headers`, under the stock
 * `mime.types`. One nginx a site.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './engines/webdriver.ts';

export const NGINX_PATH = process.env['NGINX_PATH'] || '/usr/sbin/nginx';

export interface NginxSite {
  /** `/` or `/news/`. */
  base: string;
  /** The built site's folder. */
  dir: string;
}

export interface RunningNginx {
  origin: string;
  stop(): Promise<void>;
}

/** The README's nginx server block (the one block in "Deploying"). */
export function readmeServerBlock(): string {
  const readme = readFileSync(resolve('README.md'), 'utf8');
  const deploying = readme.slice(readme.indexOf('## Deploying'), readme.indexOf('## Performance'));
  const block = /```nginx\n([\s\S]*?)```/.exec(deploying)?.[1];
  if (!block) throw new Error('README.md: no ```nginx block under "Deploying"');
  return block;
}

/** The README's block, pointed at this machine: each line the README has, or an error naming it. */
function localBlock(block: string, port: number, root: string, include: string): string {
  const swaps: [string, string][] = [
    ['listen 80;', `listen 127.0.0.1:${port};`],
    ['root /srv/broadsheet;', `root ${root};`],
    ['include /etc/nginx/broadsheet-headers.conf;', `include ${include};`],
  ];
  return swaps.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`README.md's nginx block no longer has "${from}"`);
    return text.replace(from, to);
  }, block);
}

/** Start nginx in the foreground for one site, in a temporary folder of its own. */
export async function startNginx({ base, dir }: NginxSite): Promise<RunningNginx> {
  const work = mkdtempSync(join(tmpdir(), 'broadsheet-nginx-'));
  const port = await freePort();
  // The site goes to the server's root under its base path, as the README says.
  const root = join(work, 'root');
  mkdirSync(root);
  const site = base === '/' ? root : join(root, base.replace(/^\/|\/$/g, ''));
  if (base === '/') rmSync(root, { recursive: true });
  symlinkSync(resolve(dir), site);
  const include = join(work, 'broadsheet-headers.conf');
  execFileSync(process.execPath, ['src/cli/nginx-headers/nginx-headers.ts', '--dist', dir, '--out', include]);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${work}/${kind};`)
    .join('\n  ');
  const config = `${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp}
  ${localBlock(readmeServerBlock(), port, root, include)}
}
`;
  writeFileSync(join(work, 'nginx.conf'), config);
  const child: ChildProcess = spawn(NGINX_PATH, ['-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (
      await fetch(`${origin}${base}`).then(
        () => true,
        () => false,
      )
    )
      break;
    if (child.exitCode !== null || attempt > 100) {
      const log = readFileSync(join(work, 'error.log'), 'utf8');
      throw new Error(`nginx did not start (${NGINX_PATH}): ${log}\n${config}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    origin,
    stop: async () => {
      child.kill('SIGQUIT');
      await new Promise((done) => (child.exitCode !== null ? done(undefined) : child.once('exit', done)));
      rmSync(work, { recursive: true, force: true });
    },
  };
}
