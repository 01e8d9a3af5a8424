/**
 * Parses Python with tree-sitter (web-tree-sitter and the grammar's own
 * WebAssembly build from the tree-sitter-python package: no native build,
 * the same on every machine). The runtime loads once per process, and only
 * when a Python file is met, so TypeScript-only runs never pay for it.
 */
import { readFileSync } from 'node:fs';
import type { Parser, Node, Tree } from 'web-tree-sitter';
import { SyntaxProblem } from '../ts/parse';

let parser: Parser | undefined;
let loading: Promise<Parser> | undefined;

export function loadPython(): Promise<Parser> {
  loading ??= (async () => {
    // required here, not at the top: TypeScript-only runs (and jscodeshift's babel hook) never load it
    const { Language, Parser } = require('web-tree-sitter') as typeof import('web-tree-sitter');
    await Parser.init();
    // bytes, not a path: web-tree-sitter reads paths through a dynamic import that test VMs lack
    const language = await Language.load(readFileSync(require.resolve('tree-sitter-python/tree-sitter-python.wasm')));
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
    return p;
  })();
  return loading;
}

export function pythonReady(): boolean {
  return parser !== undefined;
}

function firstProblem(node: Node): Node | undefined {
  if (node.type === 'ERROR' || node.isMissing) return node;
  if (!node.hasError) return undefined;
  for (const child of node.children) {
    if (!child) continue;
    const found = firstProblem(child);
    if (found) return found;
  }
  return undefined;
}

/** Parses; throws a SyntaxProblem (line, column, reason) where tree-sitter had to recover. */
export function parsePython(source: string): Tree {
  if (!parser) throw new Error('the Python parser is not loaded: await loadPython() first');
  const tree = parser.parse(source);
  if (!tree) throw new Error('tree-sitter returned no tree');
  const problem = firstProblem(tree.rootNode);
  if (problem) {
    const { row, column } = problem.startPosition;
    const reason = problem.isMissing ? `expected ${problem.type}` : `invalid syntax near ${JSON.stringify(problem.text.split('\n')[0].slice(0, 30))}`;
    tree.delete();
    throw new SyntaxProblem(reason, row + 1, column + 1);
  }
  return tree;
}
