/**
 * Adding an import to a program: where the last top-level import is, and the
 * statement that imports a module there in the file's own style (an ES
 * `import * as` or a CommonJS `require`, its quote and semicolon; Python
 * `import x` / `import x as y`).
 */
import type * as t from '@babel/types';
import type { Node } from 'web-tree-sitter';
import type { Language, Located } from '../rule';
import { insertAt, type Edit } from '../text/edits';
import { insertStatementAfter, insertStatementBefore } from '../text/layout';
import { isDocstring } from './py/values';
import type { Value } from './model';
import { statementEnd } from './placement';

export interface ImportSite {
  range: Located;
  /** a CommonJS `const x = require(...)` rather than an import declaration */
  commonJs: boolean;
  /** the quote of its module specifier */
  quote: string;
}

const PYTHON_IMPORTS = new Set(['import_statement', 'import_from_statement', 'future_import_statement']);

/** The file's top-level node, from any value in it. */
export function rootOf(value: Value): Value {
  let root = value;
  for (let parent = value.parent(); parent; parent = parent.parent()) root = parent;
  return root;
}

/** The last top-level import (TS: `import` or `const x = require(...)`; Python: `import` / `from ... import`). */
export function lastImport(anywhere: Value, language: Language): ImportSite | undefined {
  const root = rootOf(anywhere);
  if (language === 'py') {
    const imports = (root.node as Node).namedChildren.filter((n): n is Node => !!n && PYTHON_IMPORTS.has(n.type));
    const last = imports[imports.length - 1];
    return last && { range: { start: last.startIndex, end: last.endIndex }, commonJs: false, quote: '"' };
  }
  const imports = (root.node as t.Program).body.flatMap((statement): { statement: t.Statement; specifier: t.StringLiteral }[] => {
    if (statement.type === 'ImportDeclaration') return [{ statement, specifier: statement.source }];
    const specifier = statement.type === 'VariableDeclaration' ? requiredModule(statement.declarations[0]?.init) : undefined;
    return specifier ? [{ statement, specifier }] : [];
  });
  const last = imports[imports.length - 1];
  if (!last) return undefined;
  const quote = (last.specifier.extra?.raw as string | undefined)?.[0] ?? '"';
  return { range: { start: last.statement.start ?? 0, end: last.statement.end ?? 0 }, commonJs: last.statement.type !== 'ImportDeclaration', quote };
}

/** The module specifier of `require("...")`. */
export function requiredModule(init: t.Expression | null | undefined): t.StringLiteral | undefined {
  if (init?.type !== 'CallExpression' || init.callee.type !== 'Identifier' || init.callee.name !== 'require') return undefined;
  const [specifier] = init.arguments;
  return specifier?.type === 'StringLiteral' ? specifier : undefined;
}

/**
 * The statement that binds `module` to `local`, in the style of the file's
 * last import: `import * as local from "module";` / `const local =
 * require("module")`, Python `import module` / `import module as local`.
 */
export function importStatement(source: string, last: ImportSite | undefined, language: Language, module: string, local: string): string {
  if (language === 'py') return local === module ? `import ${module}` : `import ${module} as ${local}`;
  const quote = last?.quote ?? '"';
  const end = last ? statementEnd(source, last.range) : ';';
  return last?.commonJs ? `const ${local} = require(${quote}${module}${quote})${end}` : `import * as ${local} from ${quote}${module}${quote}${end}`;
}

/**
 * The edit that adds `statement` after the file's last import; in a file with
 * none, at its top (Python: below the module docstring and leading comments,
 * with a blank line after, so the docstring stays one).
 */
export function addImport(source: string, anywhere: Value, language: Language, statement: string): Edit {
  const last = lastImport(anywhere, language);
  if (last) return insertStatementAfter(source, last.range, statement);
  if (language === 'ts') return insertAt(0, `${statement}\n`);
  const first = (rootOf(anywhere).node as Node).namedChildren.find((n) => n && n.type !== 'comment' && !isDocstring(n));
  return insertStatementBefore(source, { start: first?.startIndex ?? 0, end: first?.endIndex ?? 0 }, `${statement}\n`);
}
