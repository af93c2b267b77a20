/**
 * Debian's nginx serving built sites, as a real host would: its own
 * `mime.types`, `index.html` for folders, the site's `404.html` for what is
 * missing. Each site is a `location` under its base path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** The `server` block for the sites: each under its base, its 404 page for anything missing. `extra` goes into every location. */
export function serverBlock(port: number, sites: NginxSite[], extra = ''): string {
  const locations = sites.map(({ base, dir }) => {
    const root = resolve(dir);
    return base === '/'
      ? `location / {\n    root ${root};\n    error_page 404 /404.html;\n    ${extra}\n  }`
      : `location ${base} {\n    alias ${root}/;\n    error_page 404 ${base}404.html;\n    ${extra}\n  }`;
  });
  return `server {\n  listen 127.0.0.1:${port};\n  ${locations.join('\n  ')}\n}`;
}

/** Start nginx in the foreground with a configuration of its own, in a temporary folder. */
export async function startNginx(sites: NginxSite[], { http = '', location = '' } = {}): Promise<RunningNginx> {
  const work = mkdtempSync(join(tmpdir(), 'broadsheet-nginx-'));
  const port = await freePort();
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
  gzip on;
  gzip_types text/css text/javascript application/javascript application/json image/svg+xml application/xml application/rss+xml;
  ${temp}
  ${http}
  ${serverBlock(port, sites, location)}
}
`;
  writeFileSync(join(work, 'nginx.conf'), config);
  const child: ChildProcess = spawn(NGINX_PATH, ['-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (
      await fetch(`${origin}/`).then(
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
