/**
 * entrypoint-import
 *
 * Fact: importing a name a module does not export fails to compile (TS2305
 * "Module has no exported member"). A module that is a script of top-level
 * resources creates them when it is loaded, so the entry point only has to
 * load it: `import './lib/tap-stack';`. Pulumi's Node.js runtime loads the
 * entry point and takes the names it exports as the stack outputs, so when
 * the module exports values (its outputs), `export * from './lib/tap-stack';`
 * loads it and keeps them. Sources: TypeScript handbook, Modules (side-effect
 * imports, `export *`); @pulumi/pulumi cmd/run/run.js ("Import the module and
 * capture any module outputs it exported"); seed 004 §4.
 */
import type * as t from '@babel/types';
import { defineRule } from '../lib/define-rule';
import { isReadingPosition, TsPulumiFile } from '../lib/pulumi/ts/file';
import { unwrap } from '../lib/pulumi/ts/values';
import type { FileView, Located, RuleContext } from '../lib/rule';
import { replaceRange, type Edit } from '../lib/text/edits';
import { removeStatement, TS_SYNTAX } from '../lib/text/layout';
import { moduleExports, type ModuleExports } from '../lib/ts/exports';
import { dialectOf, parseTs, SyntaxProblem } from '../lib/ts/parse';
import { walk } from '../lib/ts/walk';

/** `index.ts`, `main.ts` and anything under `bin/`: where Pulumi projects (and package.json `main`) start. */
const ENTRY_BASENAMES = new Set(['index', 'main']);

/** Code that does not run when the module is loaded. */
const DEFERRED_CODE = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassMethod', 'ClassPrivateMethod', 'ObjectMethod', 'ClassDeclaration', 'ClassExpression']);

interface LocalModule {
  exports: ModuleExports;
  /** whether constructing its resources happens at load time (outside functions and classes) */
  createsResourcesOnLoad: boolean;
}

interface ImportedName {
  /** the exported name asked for; 'default' for a default import */
  imported: string;
  local: string;
}

function rangeOf(node: t.Node): Located {
  return { start: node.start ?? 0, end: node.end ?? 0 };
}

export function isEntryPoint(filename: string): boolean {
  const parts = filename.split(/[\\/]/);
  const base = parts[parts.length - 1].replace(/\.[^.]*$/, '');
  return ENTRY_BASENAMES.has(base) || parts.slice(0, -1).includes('bin');
}

/** The files a relative specifier may name, in the order TypeScript tries them. */
function candidatePaths(specifier: string): string[] {
  const stem = specifier.replace(/\.[mc]?jsx?$/, '');
  // ESM-style TypeScript names the compiled file: './tap-stack.js' is tap-stack.ts
  if (stem !== specifier) return [`${stem}.ts`, `${stem}.tsx`, specifier];
  if (/\.[mc]?tsx?$/.test(specifier)) return [specifier];
  return ['.ts', '.tsx', '.js', '.jsx', '/index.ts', '/index.tsx', '/index.js'].map((ext) => specifier + ext);
}

function createsResourcesOnLoad(file: TsPulumiFile): boolean {
  const runsOnLoad = (node: t.Node) => {
    for (let n = file.parentOf(node); n; n = file.parentOf(n)) if (DEFERRED_CODE.has(n.type)) return false;
    return true;
  };
  return file.allResources().some((r) => runsOnLoad(r.node as t.Node));
}

/** The module a relative import names, read through the view; undefined when it cannot be read, does not parse or is a fragment. */
function readModule(files: FileView, specifier: string): LocalModule | undefined {
  for (const path of candidatePaths(specifier)) {
    const text = files.read(path);
    if (text === undefined) continue;
    try {
      const ast = parseTs(text, dialectOf(path));
      const file = new TsPulumiFile(text, ast);
      // a Markdown answer often shows a few lines of a file under its name: only a whole module counts
      if (!file.importsPulumi) return undefined;
      return { exports: moduleExports(ast.program), createsResourcesOnLoad: createsResourcesOnLoad(file) };
    } catch (error) {
      if (error instanceof SyntaxProblem) return undefined;
      throw error;
    }
  }
  return undefined;
}

/** The names an import binds (`type` ones too); undefined for namespace and side-effect imports. */
function importedNames(declaration: t.ImportDeclaration): ImportedName[] | undefined {
  const names: ImportedName[] = [];
  for (const spec of declaration.specifiers) {
    if (spec.type === 'ImportNamespaceSpecifier') return undefined;
    if (spec.type === 'ImportDefaultSpecifier') names.push({ imported: 'default', local: spec.local.name });
    else names.push({ imported: spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value, local: spec.local.name });
  }
  return names.length > 0 ? names : undefined;
}

/** `new X(...)`, `void new X(...)`: the construction of one of `locals`, if that is what the expression is. */
function constructs(expression: t.Node | null | undefined, locals: Set<string>): boolean {
  if (!expression) return false;
  let node = unwrap(expression);
  if (node.type === 'UnaryExpression' && node.operator === 'void') node = unwrap(node.argument);
  return node.type === 'NewExpression' && node.callee.type === 'Identifier' && locals.has(node.callee.name);
}

/**
 * Top-level statements that only construct one of `locals` and can go whole:
 * `new X(...);` and `const x = new X(...);` when x is never read.
 */
function removableStatements(file: TsPulumiFile, locals: Set<string>): t.Statement[] {
  return file.ast.program.body.filter((statement) => {
    if (statement.type === 'ExpressionStatement') return constructs(statement.expression, locals);
    if (statement.type !== 'VariableDeclaration' || statement.declarations.length !== 1) return false;
    const [declarator] = statement.declarations;
    if (declarator.id.type !== 'Identifier' || !constructs(declarator.init, locals)) return false;
    const variable = file.variable(declarator.id.name, rangeOf(declarator));
    return variable !== undefined && variable.references.length === 0;
  });
}

/** Every identifier outside the import that may read one of `locals` (types included). */
function usesOf(file: TsPulumiFile, locals: Set<string>, declaration: t.ImportDeclaration): t.Identifier[] {
  const uses: t.Identifier[] = [];
  walk(file.ast.program, (node, ancestors) => {
    if (node.type !== 'Identifier' || !locals.has(node.name) || ancestors.includes(declaration)) return;
    if (isReadingPosition(node, ancestors[ancestors.length - 1])) uses.push(node);
  });
  return uses;
}

function within(node: t.Node, statements: readonly t.Statement[]): boolean {
  return statements.some((s) => (s.start ?? 0) <= (node.start ?? 0) && (node.end ?? 0) <= (s.end ?? 0));
}

/**
 * The edits that load the module for its side effects and remove the
 * statements that constructed the missing names; undefined when some name the
 * import binds (missing or not) is used outside those statements.
 */
function sideEffectEdits(file: TsPulumiFile, declaration: t.ImportDeclaration, missing: ImportedName[], wanted: ImportedName[], replacementHead: string): Edit[] | undefined {
  const removable = removableStatements(file, new Set(missing.map((m) => m.local)));
  if (!usesOf(file, new Set(wanted.map((w) => w.local)), declaration).every((use) => within(use, removable))) return undefined;
  const removals = removable.map((s) => removeStatement(file.source, rangeOf(s), TS_SYNTAX));
  return [replaceRange(declaration.start ?? 0, declaration.source.start ?? 0, replacementHead), ...withoutTrailingBlankLine(file.source, removals)];
}

/**
 * When the last removal empties the end of the file (the entry point usually
 * ends with the construction), the blank line before it goes too, unless
 * another removal already takes it.
 */
function withoutTrailingBlankLine(source: string, removals: Edit[]): Edit[] {
  // removals that touch are one removal, so that the blank line before the first of them is the one to take
  const merged = removals.reduce<Edit[]>((out, edit) => {
    const previous = out[out.length - 1];
    if (previous && previous.end === edit.start) out[out.length - 1] = { ...previous, end: edit.end };
    else out.push(edit);
    return out;
  }, []);
  const last = merged[merged.length - 1];
  const previous = merged[merged.length - 2];
  if (!last || source.slice(last.end).trim() !== '' || !source.slice(0, last.start).endsWith('\n\n')) return merged;
  if (previous && previous.end >= last.start - 1) return merged;
  return [...merged.slice(0, -1), { ...last, start: last.start - 1 }];
}

const LISTED_NAMES = 6;

function listNames(names: string[]): string {
  const shown = names.slice(0, LISTED_NAMES).map((n) => (n === 'default' ? 'a default export' : n));
  return names.length > LISTED_NAMES ? `${shown.join(', ')} and ${names.length - LISTED_NAMES} more` : shown.join(', ');
}

function checkImport(ctx: RuleContext, file: TsPulumiFile, declaration: t.ImportDeclaration): void {
  if (declaration.importKind === 'type' || !declaration.source.value.startsWith('.')) return;
  const wanted = importedNames(declaration);
  if (!wanted) return;
  const module = readModule(ctx.files, declaration.source.value);
  if (!module || module.exports.open) return;
  const missing = wanted.filter((w) => !module.exports.names.has(w.imported));
  if (missing.length === 0) return;
  const names = listNames(missing.map((m) => m.imported));
  const at = rangeOf(declaration);
  const data = { module: declaration.source.value, names };
  const hidden = missing.filter((m) => module.exports.declared.has(m.imported));
  if (hidden.length > 0) {
    ctx.report(at, 'notExported', { data: { ...data, names: listNames(hidden.map((m) => m.imported)) } });
    return;
  }
  if (!module.createsResourcesOnLoad) {
    const exported = [...module.exports.names];
    ctx.report(at, 'missingExport', { data: { ...data, exports: exported.length > 0 ? listNames(exported) : 'nothing' } });
    return;
  }
  const head = module.exports.hasValues ? 'export * from ' : 'import ';
  const sourceText = ctx.source.slice(declaration.source.start ?? 0, declaration.source.end ?? 0);
  const replacement = `${head}${sourceText};`;
  const edits = sideEffectEdits(file, declaration, missing, wanted, head);
  if (!edits) {
    ctx.report(at, 'loadManually', { data: { ...data, replacement } });
    return;
  }
  ctx.report(at, 'load', { data: { ...data, replacement }, fix: () => edits });
}

function check(ctx: RuleContext): void {
  const file = ctx.pulumi;
  if (!isEntryPoint(ctx.filename) || !(file instanceof TsPulumiFile)) return;
  for (const statement of file.ast.program.body) {
    if (statement.type === 'ImportDeclaration') checkImport(ctx, file, statement);
  }
}

export default defineRule({
  meta: {
    id: 'entrypoint-import',
    title: 'Entry point that imports a name its module does not export',
    description: 'Loads a stack module that is a script of top-level resources for its side effects instead of importing a class it does not export',
    languages: ['ts'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      load: '\'{{module}}\' does not export {{names}}: it is a script that creates its resources when it is loaded. Load it with `{{replacement}}` and drop the statements that constructed {{names}}',
      loadManually: '\'{{module}}\' does not export {{names}}: it is a script that creates its resources when it is loaded. Replace this import with `{{replacement}}` and rewrite the code that uses what it imported (iacfix only removes statements that do nothing but construct {{names}})',
      notExported: '\'{{module}}\' declares {{names}} but does not export it by that name: add `export` to its declaration in that module, or import it under the name the module exports it by',
      missingExport: '\'{{module}}\' does not export {{names}} (it exports {{exports}}): import a name it exports, or export {{names}} from it',
    },
    fact: 'Importing a name a module does not export fails to compile (TS2305). A module of top-level resources creates them when loaded, so the entry point loads it for its side effects; Pulumi takes the entry point\'s exports as stack outputs, so a module that exports values is re-exported (`export * from`) to keep them.',
    sources: [
      'https://www.typescriptlang.org/docs/handbook/modules/reference.html (side-effect imports, export *)',
      '@pulumi/pulumi cmd/run/run.js: the runtime loads the entry point and captures the outputs it exports',
      'https://www.pulumi.com/docs/iac/concepts/stacks/#outputs',
      'seed 004 §4',
    ],
  },
  ts: check,
});
