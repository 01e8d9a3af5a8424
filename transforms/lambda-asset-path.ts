/**
 * lambda-asset-path
 *
 * Fact: a relative path given to `FileArchive` / `FileAsset` is read against
 * the program's working directory, and Pulumi sets that to the folder of the
 * entry point named by Pulumi.yaml's `main` (the project folder when there is
 * none): with `main: bin/tap.ts`, `./lib/lambda` written in lib/tap-stack.ts
 * is looked for in bin/lib/lambda and the deployment stops with "no such file
 * or directory". A path built from the module's own folder
 * (`path.join(__dirname, ...)`, `os.path.join(os.path.dirname(__file__), ...)`)
 * does not depend on it. Sources: @pulumi/pulumi cmd/run/run.js (the program
 * runs in the `--pwd` the language host passes); pulumi
 * sdk/go/common/workspace GetPwdMain (pwd is main's folder); the deployment
 * errors quoted in the corpus's corrected answers (Pr7617 `stat
 * .../bin/lib/lambda/...`, Pr6342 `lib/lib/lambda`), whose fixes write the
 * path from the module's folder to the same place under the project folder.
 */
import type * as t from '@babel/types';
import type { Node } from 'web-tree-sitter';
import { defineRule } from '../lib/define-rule';
import type { Value } from '../lib/pulumi/model';
import { unusedIdentifier } from '../lib/pulumi/placement';
import type { RuleContext } from '../lib/rule';
import type { Edit } from '../lib/text/edits';
import { addImport, importStatement, lastImport, requiredModule, rootOf } from '../lib/pulumi/imports';
import { requote } from '../lib/text/strings';

const ASSET_CLASSES = new Set(['pulumi.asset.FileArchive', 'pulumi.asset.FileAsset', 'pulumi.FileArchive', 'pulumi.FileAsset']);
const PROJECT_FILES = ['Pulumi.yaml', 'Pulumi.yml'];
/** How far up Pulumi.yaml is looked for from a file named by an absolute path. */
const MAX_DEPTH = 8;

/** Where a module sits in its project; folders are segment lists from the project folder. */
interface Layout {
  moduleDir: string[];
  /** the working directory Pulumi.yaml's `main` gives; undefined when Pulumi.yaml could not be read */
  workDir: string[] | undefined;
}

/** 'a/./b/../c' → ['a', 'c']; undefined when it climbs above its start. */
function normalize(path: string): string[] | undefined {
  const out: string[] = [];
  for (const segment of path.split(/[\\/]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') out.push(segment);
    else if (out.pop() === undefined) return undefined;
  }
  return out;
}

/** The folder the program runs in: `main`'s folder (or `main` itself when it names a folder), else the project folder. */
function workDirOf(pulumiYaml: string): string[] {
  const main = /^main:[ \t]*["']?([^"'\s#]+)/m.exec(pulumiYaml)?.[1];
  if (!main) return [];
  const segments = normalize(main) ?? [];
  return /\.[A-Za-z]+$/.test(main) ? segments.slice(0, -1) : segments;
}

/**
 * The module's folder in its project: from the nearest Pulumi.yaml the file
 * view shows, else, for a file named by a relative path (a Markdown answer's
 * blocks, a file given on the command line from the project folder), the
 * folder that path starts from.
 */
function layoutOf({ filename, files }: RuleContext): Layout | undefined {
  const dirs = filename.split(/[\\/]/).slice(0, -1).filter((s) => s !== '' && s !== '.');
  const absolute = /^([\\/]|[A-Za-z]:)/.test(filename);
  const depth = absolute ? Math.min(MAX_DEPTH, dirs.length) : dirs.length;
  for (let up = 0; up <= depth; up++) {
    for (const name of PROJECT_FILES) {
      const text = files.read(`${'../'.repeat(up)}${name}`);
      if (text !== undefined) return { moduleDir: dirs.slice(dirs.length - up), workDir: workDirOf(text) };
    }
  }
  return absolute || dirs.includes('..') ? undefined : { moduleDir: dirs, workDir: undefined };
}

const startsWith = (path: string[], prefix: string[]) => prefix.every((s, i) => path[i] === s);

/** The segments that lead from folder `from` to `to` (both from the project folder). */
function relative(from: string[], to: string[]): string[] {
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)];
}

/** The segments from the module's folder to what the path names, and whether that reading is certain; 'ambiguous' when it cannot be told. */
type Rewrite = { segments: string[]; safe: boolean } | 'ambiguous';

/**
 * What a relative path is meant to name, from the module's folder. A path
 * that starts with the module's own folder (`./lib/lambda` in lib/) is
 * written from the project folder, whatever the working directory. Other
 * paths are read against the working directory: when Pulumi.yaml shows that
 * it is the project folder, the rewrite keeps where the path points; when it
 * is the module's folder, the path is fine as it is; when it is another
 * folder, what was meant cannot be told. Without Pulumi.yaml the path is
 * taken as written from the project folder, which the author may not have
 * meant (the module's folder), so that fix is unsafe.
 */
function rewriteOf(path: string[], layout: Layout): Rewrite | undefined {
  const { moduleDir, workDir } = layout;
  if (moduleDir.length === 0) return undefined;
  const fromRoot = { segments: relative(moduleDir, path), safe: true };
  if (startsWith(path, moduleDir)) return fromRoot;
  if (!workDir) return { ...fromRoot, safe: false };
  if (workDir.length === 0) return fromRoot;
  const readInModuleDir = workDir.length === moduleDir.length && startsWith(workDir, moduleDir);
  return readInModuleDir ? undefined : 'ambiguous';
}

function isRelativePath(path: string): boolean {
  return path !== '' && !/^([\\/~]|[A-Za-z]:|[a-z][a-z0-9+.-]*:\/\/)/i.test(path);
}

// ---- how the file names `path.join` / `os.path` ----

interface Joiner {
  /** builds the expression from the segments (written as string literals) */
  expression(literals: string[]): string;
  edits: Edit[];
}


const NODE_PATH = new Set(['path', 'node:path']);

/** `path.join` as the file already imports it: `import * as path`, `import path`, `import { join }`, `require("path")`. */
function existingTsJoin(program: t.Program): string | undefined {
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration' && NODE_PATH.has(statement.source.value) && statement.importKind !== 'type') {
      for (const spec of statement.specifiers) {
        if (spec.type !== 'ImportSpecifier') return `${spec.local.name}.join`;
        const imported = spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value;
        if (imported === 'join') return spec.local.name;
      }
    }
    const required = statement.type === 'VariableDeclaration' ? requiredModule(statement.declarations[0]?.init)?.value : undefined;
    if (required && NODE_PATH.has(required) && statement.type === 'VariableDeclaration') {
      const id = statement.declarations[0].id;
      if (id.type === 'Identifier') return `${id.name}.join`;
      const join = id.type === 'ObjectPattern' ? id.properties.find((p) => p.type === 'ObjectProperty' && p.key.type === 'Identifier' && p.key.name === 'join') : undefined;
      if (join?.type === 'ObjectProperty' && join.value.type === 'Identifier') return join.value.name;
    }
  }
  return undefined;
}

function tsJoiner(ctx: RuleContext, anywhere: Value): Joiner | undefined {
  const root = rootOf(anywhere);
  const program = root.node as t.Program;
  const build = (join: string, edits: Edit[]): Joiner => ({ expression: (literals) => (literals.length === 0 ? '__dirname' : `${join}(__dirname, ${literals.join(', ')})`), edits });
  const existing = existingTsJoin(program);
  if (existing) return build(existing, []);
  const local = unusedIdentifier(ctx.pulumi, ctx.source, 'path');
  const last = lastImport(anywhere, 'ts');
  return build(`${local}.join`, [addImport(ctx.source, anywhere, 'ts', importStatement(ctx.source, last, 'ts', 'path', local))]);
}

/** How a top-level import binds the `os` module or `os.path`: `import os`, `import os.path`, `import os as o`, `from os import path`. */
function existingOsPath(module: Node): string | undefined {
  for (const statement of module.namedChildren) {
    if (statement?.type === 'import_statement') {
      for (const item of statement.childrenForFieldName('name')) {
        if (item?.type === 'dotted_name' && (item.text === 'os' || item.text === 'os.path')) return 'os.path';
        if (item?.type === 'aliased_import' && item.childForFieldName('name')?.text === 'os') return `${item.childForFieldName('alias')?.text}.path`;
      }
    }
    if (statement?.type === 'import_from_statement' && statement.childForFieldName('module_name')?.text === 'os') {
      for (const item of statement.childrenForFieldName('name')) {
        if (item?.type === 'dotted_name' && item.text === 'path') return 'path';
        if (item?.type === 'aliased_import' && item.childForFieldName('name')?.text === 'path') return item.childForFieldName('alias')?.text;
      }
    }
  }
  return undefined;
}

function pyJoiner(ctx: RuleContext, anywhere: Value): Joiner | undefined {
  const root = rootOf(anywhere);
  const build = (osPath: string, edits: Edit[]): Joiner => {
    const folder = `${osPath}.dirname(__file__)`;
    return { expression: (literals) => (literals.length === 0 ? folder : `${osPath}.join(${folder}, ${literals.join(', ')})`), edits };
  };
  const existing = existingOsPath(root.node as Node);
  if (existing) return build(existing, []);
  // a local named `os` would hide the module
  if (unusedIdentifier(ctx.pulumi, ctx.source, 'os') !== 'os') return undefined;
  return build('os.path', [addImport(ctx.source, anywhere, 'py', 'import os')]);
}

// ---- the rule ----

/** ES modules have no __dirname: `.mjs`/`.mts`, JavaScript written with `import`/`export`, code reading `import.meta`. */
function isEsModule({ filename, source }: RuleContext): boolean {
  return /\.m[jt]s$/.test(filename) || (/\.jsx?$/.test(filename) && /^[ \t]*(import|export)\b/m.test(source)) || /\bimport\.meta\b/.test(source);
}

function check(ctx: RuleContext): void {
  const { pulumi, report } = ctx;
  if (ctx.language === 'ts' && isEsModule(ctx)) return;
  const assets = pulumi.expressions('call').filter((call) => ASSET_CLASSES.has(call.qualifiedName() ?? ''));
  if (assets.length === 0) return;
  const layout = layoutOf(ctx);
  if (!layout) return;
  for (const asset of assets) {
    const literal = asset.asCall()?.args[0];
    const path = literal?.kind === 'string' ? literal.string : undefined;
    // escapes in the literal would not survive being split into segments
    if (!literal || path === undefined || !isRelativePath(path) || !literal.text.includes(path)) continue;
    const segments = normalize(path);
    const rewrite = segments && rewriteOf(segments, layout);
    if (!rewrite) continue;
    const data = { path: literal.text, folder: layout.moduleDir.join('/'), workDir: (layout.workDir ?? []).join('/') };
    if (rewrite === 'ambiguous') {
      report(literal, 'ambiguous', { data });
      continue;
    }
    const joiner = ctx.language === 'ts' ? tsJoiner(ctx, asset) : pyJoiner(ctx, asset);
    if (!joiner) {
      report(literal, 'osHidden', { data });
      continue;
    }
    const fixed = joiner.expression(rewrite.segments.map((s) => requote(literal.text, s)));
    report(literal, rewrite.safe ? 'fromModule' : 'assumedFromRoot', {
      data: { ...data, fixed },
      fix: () => [literal.replace(fixed), ...joiner.edits],
      safety: rewrite.safe ? 'safe' : 'unsafe',
    });
  }
}

export default defineRule({
  meta: {
    id: 'lambda-asset-path',
    title: 'Asset path that depends on the working directory',
    description: 'Writes a relative FileArchive/FileAsset path in a module outside the project folder from the module\'s own folder (path.join(__dirname, ...), os.path.join(os.path.dirname(__file__), ...))',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      fromModule:
        '{{path}} is read against the working directory, which Pulumi sets to the folder of the entry point (Pulumi.yaml `main`), not to {{folder}}/: write it from this module\'s folder, {{fixed}}',
      assumedFromRoot:
        '{{path}} is read against the working directory, which Pulumi sets to the folder of the entry point (Pulumi.yaml `main`). Taken as written from the project folder, it is {{fixed}} (`iacfix fix --unsafe` writes that); if it is meant from {{folder}}/, join it to this module\'s folder instead',
      ambiguous:
        '{{path}} is read against the working directory, {{workDir}}/ (the folder of Pulumi.yaml `main`), not against {{folder}}/ where it is written: join the folder you mean to this module\'s folder, path.join(__dirname, ...) / os.path.join(os.path.dirname(__file__), ...)',
      osHidden:
        '{{path}} is read against the working directory, which Pulumi sets to the folder of the entry point (Pulumi.yaml `main`), not to {{folder}}/: build it from this module\'s folder with os.path.join(os.path.dirname(__file__), ...); a local named `os` hides the module here',
    },
    fact: 'A relative FileArchive/FileAsset path is read against the working directory, which Pulumi sets to the folder of the entry point (Pulumi.yaml `main`), not to the folder of the module that writes it; a path joined to __dirname / os.path.dirname(__file__) does not depend on it.',
    sources: [
      '@pulumi/pulumi cmd/run/run.js (the program runs in the --pwd directory the language host passes)',
      'pulumi/pulumi sdk/go/common/workspace/project.go GetPwdMain (pwd is the folder of `main`, "so that any relative paths inside of the program are correct")',
      'https://www.pulumi.com/docs/iac/concepts/assets-archives/ (FileAsset and FileArchive take a path)',
      'corpus: pulumi-ts/Pr7617 and pulumi-py/Pr6342 MODEL_FAILURES.md (deployments stopped on bin/lib/lambda and lib/lib/lambda); Pr5542, Pr6620, Pr3643 corrected answers (path.join(__dirname, ...))',
    ],
  },
  ts: check,
  py: check,
});
