/**
 * The list-aware text edits that keep diffs minimal.
 */
import { applyEdits } from '../lib/text/edits';
import { appendListItem, PY_SYNTAX, removeListItem, TS_SYNTAX, type Range } from '../lib/text/layout';
import { camelToSnake } from '../lib/pulumi/py/names';

/** Items of a flat list written with `[`/`]` and commas (no nesting), for tests. */
function items(source: string): { open: number; close: number; items: Range[] } {
  const open = source.indexOf('[') + 1;
  const close = source.lastIndexOf(']');
  const out: Range[] = [];
  const re = /[A-Za-z0-9_":]+(?: [A-Za-z0-9_":]+)*/g;
  re.lastIndex = open;
  for (let m = re.exec(source); m && m.index < close; m = re.exec(source)) out.push({ start: m.index, end: m.index + m[0].length });
  return { open, close, items: out };
}

describe('removeListItem', () => {
  const cases: [string, number, string][] = [
    ['[\n  a: 1,\n  b: 2,\n  c: 3,\n]', 1, '[\n  a: 1,\n  c: 3,\n]'],
    ['[\n  a: 1,\n  b: 2\n]', 1, '[\n  a: 1,\n]'],
    ['[a, b, c]', 0, '[b, c]'],
    ['[a, b, c]', 1, '[a, c]'],
    ['[a, b, c]', 2, '[a, b]'],
    ['[a]', 0, '[]'],
    ['[\n  a: 1, // note\n  b: 2,\n]', 0, '[\n  b: 2,\n]'],
  ];
  it.each(cases)('%j without item %i', (source, index, expected) => {
    const list = items(source);
    expect(applyEdits(source, [removeListItem(source, list.items, index, TS_SYNTAX)])).toBe(expected);
  });

  it('keeps a Python comment on the line of another item', () => {
    const source = '[\n    a,  # keep\n    b,\n]';
    const list = items(source.replace('# keep', '      '));
    expect(applyEdits(source, [removeListItem(source, list.items, 1, PY_SYNTAX)])).toBe('[\n    a,  # keep\n]');
  });
});

describe('appendListItem', () => {
  const cases: [string, string][] = [
    ['[\n  a,\n  b,\n]', '[\n  a,\n  b,\n  x,\n]'],
    ['[\n  a,\n  b\n]', '[\n  a,\n  b,\n  x\n]'],
    ['[a, b]', '[a, b, x]'],
    ['[]', '[x]'],
  ];
  it.each(cases)('%j', (source, expected) => {
    const list = items(source);
    expect(applyEdits(source, appendListItem(source, { ...list, pad: '' }, 'x', TS_SYNTAX))).toBe(expected);
  });
});

describe('Python names', () => {
  it.each([
    ['encryptionConfigurations', 'encryption_configurations'],
    ['kmsMasterKeyId', 'kms_master_key_id'],
    ['applyServerSideEncryptionByDefault', 'apply_server_side_encryption_by_default'],
    ['ipv6CidrBlock', 'ipv6_cidr_block'],
    ['s3Key', 's3_key'],
    ['dependsOn', 'depends_on'],
  ])('%s → %s', (camel, snake) => expect(camelToSnake(camel)).toBe(snake));
});
