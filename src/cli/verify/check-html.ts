import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import type { HtmlPage } from './read-site.ts';
import { plural, type CheckResult, type Problem } from './types.ts';

/**
 * html-validate's recommended preset, with the few rules our markup answers
 * differently and why. `root: true` and a static loader: no `.htmlvalidate.json`
 * elsewhere can change what verify enforces.
 */
export const htmlValidateConfig: ConfigData = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // The HTML standard allows any id without white space. Page chrome uses
    // `bs:` ids (`bs:main`, `bs:top`) precisely because a colon can never
    // come out of the slugger that makes heading and paragraph ids, so the
    // two can never clash. `relaxed` is what html-validate's `standard` preset uses.
    'valid-id': ['error', { relaxed: true }],
    // Naming a list (`<ul aria-label="Tags">`) is allowed by ARIA; the
    // recommended preset only discourages it. Names on elements that may not
    // be named are still errors. (html-validate's `standard` preset does the same.)
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // The search box is an ARIA combobox whose popup is a `role="listbox"` of
    // result links; a native <select> cannot hold links or pair with a text
    // input. Other roles with a native twin are still errors.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    // Titles are headlines written by editors plus " · Broadsheet"; their
    // length is an editorial choice, not a markup fault.
    'long-title': 'off',
    // Duplicate ids are the ids check's job, which lists every place at once;
    // reporting each clash twice would only pad the report.
    'no-dup-id': 'off',
  },
};

/** Validate pages; only errors fail the check (the preset has no warnings we act on). */
export async function checkHtml(pages: HtmlPage[], config: ConfigData = htmlValidateConfig): Promise<CheckResult> {
  const htmlValidate = new HtmlValidate(new StaticConfigLoader(config));
  const problems: Problem[] = [];
  for (const page of pages) {
    const report = await htmlValidate.validateString(page.source, page.file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity < 2) continue;
        const where = message.selector ? ` (${message.selector})` : '';
        problems.push({
          file: page.file,
          line: message.line,
          column: message.column,
          message: `${message.ruleId}: ${message.message}${where}`,
        });
      }
    }
  }
  return {
    name: 'html-validate',
    checked: pages.length,
    summary: `${plural(pages.length, 'page')} validated`,
    problems,
  };
}
