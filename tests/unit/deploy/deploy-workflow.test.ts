import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readConfig } from '../../../src/lib/config';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

const text = readFileSync(new URL('../../../.github/workflows/deploy.yml', import.meta.url), 'utf8');
const workflow = parse(text, { strict: true }) as Workflow;
const build = workflow.jobs['build']!.steps;
const at = (find: (step: Step) => boolean) => build.findIndex(find);
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const pagesSection = readme.slice(readme.indexOf('**GitHub Pages**'), readme.indexOf('**Netlify**'));

describe('the GitHub Pages workflow', () => {
  it('is valid YAML that publishes main with the permissions Pages asks for', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('installs, restores the caches, builds with the Pages settings, verifies, in that order', () => {
    const install = at((step) => step.run === 'npm ci');
    const cache = at((step) => step.uses?.startsWith('actions/cache@') ?? false);
    const settings = at((step) => step.uses?.startsWith('actions/configure-pages@') ?? false);
    const built = at((step) => step.run === 'npm run build');
    const verified = at((step) => step.run === 'npm run verify');
    expect([install, cache, settings, built, verified].every((index) => index >= 0)).toBe(true);
    // npm ci empties node_modules, where the caches live: restore them after it.
    expect(install).toBeLessThan(cache);
    expect(cache).toBeLessThan(built);
    expect(settings).toBeLessThan(built);
    expect(built).toBeLessThan(verified);
    for (const index of [built, verified])
      expect(build[index]!.env).toEqual({
        SITE_URL: '${{ steps.pages.outputs.origin }}',
        BASE_PATH: '${{ steps.pages.outputs.base_path }}',
      });
  });

  it('keeps the caches the build uses, keyed on the lock file', () => {
    const cache = build.find((step) => step.uses?.startsWith('actions/cache@'))!;
    const paths = cache.with!['path']!.trim().split('\n');
    expect(paths).toEqual([readConfig({}).cacheDir, 'node_modules/.cache/broadsheet-social-images']);
    expect(cache.with!['key']).toContain("hashFiles('package-lock.json')");
    expect(cache.with!['restore-keys']).toContain("hashFiles('package-lock.json')");
  });

  it('uploads the build and deploys it', () => {
    expect(build.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({
      path: 'dist',
    });
    const deploy = workflow.jobs['deploy']!;
    expect(deploy.needs).toBe('build');
    expect(deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('runs the commands the README names for GitHub Pages', () => {
    for (const command of ['npm ci', 'npm run build', 'npm run verify']) {
      expect(pagesSection).toContain(`\`${command}\``);
      expect(build.some((step) => step.run === command)).toBe(true);
    }
    for (const path of ['node_modules/.astro', 'node_modules/.cache/broadsheet-social-images'])
      expect(pagesSection).toContain(path);
  });
});
