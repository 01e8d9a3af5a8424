/**
 * The engine pieces added for secret-rotation-depends-on: fresh names, and
 * list appends that the pipeline can take as one fix.
 */
import { applyEdits, selectCompatible } from '../lib/text/edits';
import { appendListItem, PY_SYNTAX } from '../lib/text/layout';
import { unusedName } from '../lib/text/names';

describe('unusedName', () => {
  it.each([
    ['const a = 1;', 'perm', [], 'perm'],
    ['const perm = 1;', 'perm', [], 'perm2'],
    ['const perm = 1; const perm2 = 2;', 'perm', [], 'perm3'],
    ['const permission = 1;', 'perm', [], 'perm'],
    ['x = 1', 'perm', ['perm'], 'perm2'],
  ] as const)('%j, %s', (source, base, taken, expected) => {
    expect(unusedName(source, base, taken)).toBe(expected);
  });
});

describe('appendListItem after a last item without a trailing comma', () => {
  it('gives edits that do not overlap each other', () => {
    const source = 'f(\n    a=1,\n    b={\n        "c": 2\n    }\n)\n';
    const items = [
      { start: source.indexOf('a=1'), end: source.indexOf('a=1') + 3 },
      { start: source.indexOf('b='), end: source.lastIndexOf('}') + 1 },
    ];
    const edits = appendListItem(source, { open: 2, close: source.lastIndexOf(')'), items, pad: '' }, 'opts=o', PY_SYNTAX);
    expect(selectCompatible([{ edits }])).toHaveLength(1);
    expect(applyEdits(source, edits)).toBe('f(\n    a=1,\n    b={\n        "c": 2\n    },\n    opts=o\n)\n');
  });
});
