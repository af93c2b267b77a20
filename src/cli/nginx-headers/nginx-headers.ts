/**
 * `npm run nginx-headers [-- --dist dist] [--out file]`: the built site's
 * `_headers` as nginx configuration, to `include` in its server block
 * (README, "Deploying"). Written from the file itself, so nginx sends what
 * Netlify and Cloudflare would.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHeadersFile } from '../../lib/deploy/headers-file.ts';
import { nginxConf } from '../../lib/deploy/nginx-conf.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string' } } });
const source = join(values.dist, '_headers');
let text: string;
try {
  text = readFileSync(source, 'utf8');
} catch (cause) {
  console.error(`nginx-headers: cannot read ${source} (${(cause as Error).message}); run npm run build first.`);
  process.exit(1);
}
try {
  const conf = nginxConf(parseHeadersFile(text));
  if (values.out) writeFileSync(values.out, conf);
  else process.stdout.write(conf);
} catch (cause) {
  console.error(`nginx-headers: ${source}: ${(cause as Error).message}`);
  process.exit(1);
}
