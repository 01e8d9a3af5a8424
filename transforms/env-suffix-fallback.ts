/**
 * env-suffix-fallback
 *
 * Fact: `Config.require(key)` throws when the stack configuration has no
 * value for the key (TypeScript: "If it doesn't exist, an error is thrown";
 * Python: raises `ConfigMissingError`), so a program that requires
 * `environmentSuffix` cannot run in a CI job that sets only the
 * `ENVIRONMENT_SUFFIX` environment variable, nor in a fresh stack.
 * `Config.get(key)` returns undefined / None instead. Sources: Pulumi docs
 * "Configuration" (Accessing configuration from code), `@pulumi/pulumi`
 * config.d.ts and `pulumi/config.py` (`require`, `get`). Seed 004 §10 gives the
 * repair the project adopted: environment variable, then config, then "dev".
 */
import type { Node } from 'web-tree-sitter';
import { defineRule } from '../lib/define-rule';
import { addImport, rootOf } from '../lib/pulumi/imports';
import { environmentSuffixRequire, quoteOf, replaceWithChain, type ConfigCall } from '../lib/pulumi/config-fallback';
import type { Value } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';
import type { Edit } from '../lib/text/edits';

const ENV_VAR = 'ENVIRONMENT_SUFFIX';
const DEFAULT_SUFFIX = 'dev';

/** How the Python file reads the environment, and the import to add when it cannot yet. */
function pythonEnvironment(call: Value, source: string, quote: string): { read: string; edits: Edit[] } {
  const module = rootOf(call).node as Node;
  const imports = module.namedChildren.filter((n): n is Node => !!n && (n.type === 'import_statement' || n.type === 'import_from_statement' || n.type === 'future_import_statement'));
  const name = `${quote}${ENV_VAR}${quote}`;
  for (const statement of imports) {
    const bound = osBinding(statement);
    if (bound?.what === 'os') return { read: `${bound.local}.environ.get(${name})`, edits: [] };
    if (bound?.what === 'environ') return { read: `${bound.local}.get(${name})`, edits: [] };
    if (bound?.what === 'getenv') return { read: `${bound.local}(${name})`, edits: [] };
  }
  return { read: `os.environ.get(${name})`, edits: [addImport(source, call, 'py', 'import os')] };
}

/** What a top-level import binds that reads the environment: `import os`, `import os.path`, `from os import environ`, `from os import getenv` (aliases included). */
function osBinding(statement: Node): { what: 'os' | 'environ' | 'getenv'; local: string } | undefined {
  if (statement.type === 'import_statement') {
    for (const item of statement.childrenForFieldName('name')) {
      if (item?.type === 'dotted_name' && (item.text === 'os' || item.text.startsWith('os.'))) return { what: 'os', local: 'os' };
      if (item?.type === 'aliased_import' && item.childForFieldName('name')?.text === 'os') return { what: 'os', local: item.childForFieldName('alias')?.text ?? 'os' };
    }
    return undefined;
  }
  if (statement.childForFieldName('module_name')?.text !== 'os') return undefined;
  for (const item of statement.childrenForFieldName('name')) {
    const imported = item?.type === 'aliased_import' ? item.childForFieldName('name')?.text : item?.text;
    const local = item?.type === 'aliased_import' ? item.childForFieldName('alias')?.text : item?.text;
    if ((imported === 'environ' || imported === 'getenv') && local) return { what: imported, local };
  }
  return undefined;
}

function fallbackEdits({ call, receiver, key }: ConfigCall, context: RuleContext): Edit[] {
  const quote = quoteOf(key);
  const python = context.language === 'py';
  const environment = python ? pythonEnvironment(call, context.source, quote) : { read: `process.env.${ENV_VAR}`, edits: [] };
  const or = python ? ' or ' : ' || ';
  const chain = [environment.read, `${receiver.text}.get(${key.text})`, `${quote}${DEFAULT_SUFFIX}${quote}`].join(or);
  return [replaceWithChain(call, chain, context.language), ...environment.edits];
}

function check(context: RuleContext): void {
  for (const call of context.pulumi.expressions('call')) {
    const found = environmentSuffixRequire(call);
    if (!found) continue;
    context.report(call, 'fallBack', {
      data: { key: found.key.string ?? '', env: ENV_VAR },
      fix: () => fallbackEdits(found, context),
    });
  }
}

export default defineRule({
  meta: {
    id: 'env-suffix-fallback',
    title: 'Required environment suffix that breaks runs without stack config',
    description: 'Reads the environment suffix from ENVIRONMENT_SUFFIX, then stack config, then "dev", instead of config.require',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      fallBack:
        '`require("{{key}}")` throws when the stack has no `{{key}}` value, as in CI runs that set only {{env}}; read {{env}} first, then the config value, then "dev"',
    },
    fact: '`Config.require(key)` throws (Python: raises ConfigMissingError) when the stack configuration has no value for the key; `Config.get(key)` returns undefined / None instead.',
    sources: [
      'https://www.pulumi.com/docs/iac/concepts/config/',
      '@pulumi/pulumi config.d.ts (Config.require: "If it doesn\'t exist, an error is thrown"; Config.get)',
      'pulumi/pulumi sdk/python/lib/pulumi/config.py (Config.require raises ConfigMissingError; Config.get)',
    ],
  },
  ts: check,
  py: check,
});
