/**
 * `PulumiFile.variable`: a name bound once, its value, its readers and the
 * removal of its declaration, in both languages; and `removeStatement`.
 */
import { loadPython } from '../lib/python/parse';
import { pyFile, tsFile } from './helpers/pulumi-file';
import { applyEdits } from '../lib/text/edits';
import { PY_SYNTAX, removeStatement, TS_SYNTAX } from '../lib/text/layout';

beforeAll(() => loadPython());


/** The variable read at the last occurrence of `name`. */
function lastUse(source: string, name: string) {
  const start = source.lastIndexOf(name);
  return { start, end: start + name.length };
}

describe('TypeScript', () => {
  const source = 'const stamp = Date.now();\nlet counter = 1;\n\nfunction f(stamp: number) {\n  return stamp;\n}\nconst a = `x-${stamp}`;\nconst b = { stamp: 1, c: stamp };\nexport const e = counter;\n';

  it('finds a const, its value and its readers in scope', () => {
    const variable = tsFile(source).variable('stamp', lastUse(source, 'stamp'));
    expect(variable?.value.text).toBe('Date.now()');
    // the parameter and its use count too (conservative); the key `stamp:` and the declaration do not
    expect(variable?.references.map((r) => source.slice(r.start, r.end))).toEqual(['stamp: number', 'stamp', 'stamp', 'stamp']);
    expect(applyEdits(source, [variable?.remove() ?? { start: 0, end: 0, text: '' }]).startsWith('let counter = 1;\n')).toBe(true);
  });

  it('ignores `let` and exported declarations cannot be removed', () => {
    expect(tsFile(source).variable('counter', lastUse(source, 'counter'))).toBeUndefined();
    const exported = 'export const x = 1;\nconst y = x;\n';
    expect(tsFile(exported).variable('x', lastUse(exported, 'x'))?.remove()).toBeUndefined();
  });
});

describe('Python', () => {
  it('finds a name assigned once in the enclosing function, else in the module', () => {
    const source = 'import time\nstamp = time.time()\n\ndef f():\n    other = 1\n    return f"x-{stamp}"\n\nobj.stamp = 2\ng(stamp=3)\n';
    const variable = pyFile(source).variable('stamp', { start: source.indexOf('stamp}'), end: source.indexOf('stamp}') + 5 });
    expect(variable?.value.text).toBe('time.time()');
    expect(variable?.references.map((r) => source.slice(r.start, r.end))).toEqual(['stamp']);
    expect(applyEdits(source, [variable?.remove() ?? { start: 0, end: 0, text: '' }])).toBe('import time\n\ndef f():\n    other = 1\n    return f"x-{stamp}"\n\nobj.stamp = 2\ng(stamp=3)\n');
  });

  it('gives up on names bound twice, by a loop or as a parameter', () => {
    const twice = 'x = 1\nx = 2\nprint(x)\n';
    expect(pyFile(twice).variable('x', lastUse(twice, 'x'))).toBeUndefined();
    const loop = 'x = 1\nfor x in range(3):\n    pass\nprint(x)\n';
    expect(pyFile(loop).variable('x', lastUse(loop, 'x'))).toBeUndefined();
    const parameter = 'x = 1\ndef f(x):\n    return x\n';
    expect(pyFile(parameter).variable('x', lastUse(parameter, 'x'))).toBeUndefined();
  });

  it('keeps the only statement of a block', () => {
    const source = 'def f():\n    x = 1\n';
    const variable = pyFile(source).variable('x', { start: source.indexOf('x'), end: source.indexOf('x') + 1 });
    expect(variable?.remove()).toBeUndefined();
  });
});

describe('removeStatement', () => {
  it('removes the lines of a statement, with one of two blank lines around it', () => {
    const source = 'a();\n\nconst x = 1; // why\n\nb();\n';
    const at = source.indexOf('const');
    expect(applyEdits(source, [removeStatement(source, { start: at, end: source.indexOf(';', at) + 1 }, TS_SYNTAX)])).toBe('a();\n\nb();\n');
  });

  it('removes an inline statement with its semicolon', () => {
    const source = 'a = 1; b = 2\n';
    expect(applyEdits(source, [removeStatement(source, { start: 0, end: 5 }, PY_SYNTAX)])).toBe('b = 2\n');
  });
});
