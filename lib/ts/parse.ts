/**
 * Parses TypeScript and JavaScript with @babel/parser, the parser that
 * jscodeshift's `ts`, `tsx` and `babel` modes use, with the same proposal
 * plugins. We parse straight to a Babel AST (no recast shadow copy, no
 * tokens): fixes are text edits, so nothing is ever reprinted.
 */
import { parse as babelParse, type ParserPlugin } from '@babel/parser';
import type { File } from '@babel/types';

const PROPOSALS: ParserPlugin[] = [
  'asyncGenerators',
  'decoratorAutoAccessors',
  'bigInt',
  'classPrivateMethods',
  'classPrivateProperties',
  'classProperties',
  'decorators-legacy',
  'doExpressions',
  'dynamicImport',
  'exportDefaultFrom',
  'importAttributes',
  'importMeta',
  'nullishCoalescingOperator',
  'numericSeparator',
  'objectRestSpread',
  'optionalCatchBinding',
  'optionalChaining',
  'throwExpressions',
];

export type TsDialect = 'ts' | 'tsx' | 'js';

export function dialectOf(filename: string): TsDialect {
  if (/\.tsx$/i.test(filename)) return 'tsx';
  if (/\.[mc]?ts$/i.test(filename)) return 'ts';
  return 'js';
}

export class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

export function parseTs(source: string, dialect: TsDialect): File {
  const plugins: ParserPlugin[] = [...PROPOSALS];
  if (dialect === 'ts' || dialect === 'tsx') plugins.push('typescript');
  if (dialect === 'tsx' || dialect === 'js') plugins.push('jsx');
  try {
    return babelParse(source, {
      sourceType: 'unambiguous',
      allowImportExportEverywhere: true,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      attachComment: false,
      plugins,
    });
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const message = String((error as Error).message).replace(/\s*\(\d+:\d+\)$/, '');
    throw new SyntaxProblem(message, loc?.line ?? 1, (loc?.column ?? 0) + 1);
  }
}
