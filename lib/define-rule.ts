/**
 * `defineRule` turns a rule into a module that serves two masters: iacfix's
 * pipeline reads `meta`, `ts` and `py`; the stock jscodeshift CLI calls the
 * module itself as a transform `(file, api, options)`, which runs this one
 * rule through the same pipeline and returns the new source.
 */
import { fixSourceAsync, languageOf } from './pipeline/fix-source';
import type { Rule } from './rule';

export interface JscodeshiftFile {
  path: string;
  source: string;
}

export type RuleModule = Rule & {
  (file: JscodeshiftFile, api?: unknown, options?: Record<string, unknown>): Promise<string | undefined>;
};

export function defineRule(rule: Rule): RuleModule {
  const transform = async (file: JscodeshiftFile, _api?: unknown, options: Record<string, unknown> = {}) => {
    const filename = languageOf(file.path) ? file.path : `${file.path}.ts`;
    const result = await fixSourceAsync(file.source, filename, { rules: [rule], unsafe: options.unsafe === true });
    if (result.error) throw new Error(`${file.path}:${result.error.line}:${result.error.column}: ${result.error.message}`);
    // jscodeshift counts `undefined` as "skipped" and an unchanged string as "unmodified"
    return result.changed ? result.output : undefined;
  };
  return Object.assign(transform, { meta: rule.meta, ts: rule.ts, py: rule.py, yaml: rule.yaml });
}
