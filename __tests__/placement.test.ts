/**
 * The helpers fixes use to write code of their own: where a statement can
 * go (`statementSlot`, `insertBeforeSlot`), fresh identifiers, the
 * environment suffix in scope, `PulumiFile.spell`, and `interpolateInto`.
 */
import { environmentSuffixAt } from '../lib/pulumi/environment-suffix';
import { insertBeforeSlot, statementSlot, unusedIdentifier } from '../lib/pulumi/placement';
import { loadPython } from '../lib/python/parse';
import { pyFile, tsFile } from './helpers/pulumi-file';
import { applyEdits } from '../lib/text/edits';
import { interpolateInto } from '../lib/text/strings';

beforeAll(() => loadPython());


describe('statementSlot and insertBeforeSlot', () => {
  it('puts a statement above the comment that introduces the one holding the value (TypeScript)', () => {
    const source = 'const a = 1;\n\n// the bucket\nconst bucket = new aws.s3.Bucket("b", { bucket: "x" });\n';
    const file = tsFile(source);
    const name = file.resources('aws.s3.Bucket')[0].name;
    const slot = name && statementSlot(name);
    expect(slot && applyEdits(source, [insertBeforeSlot(source, slot, 'const x = 2;')])).toBe('const a = 1;\n\nconst x = 2;\n// the bucket\nconst bucket = new aws.s3.Bucket("b", { bucket: "x" });\n');
  });

  it('has no slot in a class body, where a declaration would be a member', () => {
    const ts = tsFile('class C extends pulumi.ComponentResource {\n  b = new aws.s3.Bucket("b");\n}\n');
    expect(statementSlot(ts.resources('aws.s3.Bucket')[0].name!)).toBeUndefined();
    const py = pyFile('class C:\n    b = aws.s3.Bucket("b")\n');
    expect(statementSlot(py.resources('aws.s3.Bucket')[0].name!)).toBeUndefined();
  });

  it('finds the statement inside a Python method', () => {
    const source = 'class C(pulumi.ComponentResource):\n    def __init__(self):\n        x = 1\n        self.b = aws.s3.Bucket("b")\n';
    const slot = statementSlot(pyFile(source).resources('aws.s3.Bucket')[0].name!);
    expect(slot && applyEdits(source, [insertBeforeSlot(source, slot, 'y = 2')])).toBe(source.replace('        self.b', '        y = 2\n        self.b'));
  });
});

describe('unusedIdentifier', () => {
  it('ignores property keys and strings, but not variables and imports', () => {
    const source = 'import { domain } from "./d";\nconst cert = new aws.acm.Certificate("c", { domainName: "domainName" });\nconst zone = 1;\n';
    const file = tsFile(source);
    expect(unusedIdentifier(file, source, 'domainName')).toBe('domainName');
    expect(unusedIdentifier(file, source, 'zone')).toBe('zone2');
    expect(unusedIdentifier(file, source, 'domain')).toBe('domain2');
  });
});

describe('environmentSuffixAt', () => {
  it('prefers the suffix the resource interpolates, then a suffix variable declared before', () => {
    const source = 'const environmentSuffix = "dev";\nconst a = new aws.s3.Bucket(`a-${args.environmentSuffix}`);\nconst b = new aws.s3.Bucket("b");\n';
    const file = tsFile(source);
    const [a, b] = file.resources('aws.s3.Bucket');
    expect(environmentSuffixAt(file, source, a, a)).toBe('args.environmentSuffix');
    expect(environmentSuffixAt(file, source, b, b)).toBe('environmentSuffix');
  });

  it('takes the stack name, and not a resource that happens to be called suffix', () => {
    const source = 'stack = pulumi.get_stack()\nb = aws.s3.Bucket("b")\nsuffix = random.RandomId("suffix", byte_length=4)\n';
    const file = pyFile(source);
    const bucket = file.resources('aws.s3.Bucket')[0];
    expect(environmentSuffixAt(file, source, bucket, bucket)).toBe('stack');
  });
});

describe('PulumiFile.spell', () => {
  it('names a symbol the way the file imports it', () => {
    expect(tsFile('import * as aws from "@pulumi/aws";\n').spell('aws.kms.Key')).toBe('aws.kms.Key');
    expect(tsFile('import { kms } from "@pulumi/aws";\n').spell('aws.kms.Key')).toBe('kms.Key');
    expect(tsFile('import * as pulumi from "@pulumi/pulumi";\n').spell('aws.kms.Key')).toBeUndefined();
    expect(pyFile('import pulumi_aws as aws\n').spell('aws.lambda.Permission')).toBe('aws.lambda_.Permission');
    expect(pyFile('from pulumi_aws import secretsmanager\n').spell('aws.secretsmanager.Secret')).toBe('secretsmanager.Secret');
  });
});

describe('interpolateInto', () => {
  it('turns a string literal into a template literal or an f-string', () => {
    expect(interpolateInto('"api.example.com"', 'ts', 4, 15, 'domain')).toBe('`api.${domain}`');
    expect(interpolateInto("'a`b'", 'ts', 3, 3, 'x')).toBe('`a\\`b${x}`');
    expect(interpolateInto('"blue {w}"', 'py', 8, 8, 'env')).toBe('f"blue {{w}}{env}"');
    expect(interpolateInto("u'x'", 'py', 1, 1, 's')).toBe("f'x{s}'");
    expect(interpolateInto('b"x"', 'py', 0, 0, 's')).toBeUndefined();
    expect(interpolateInto('"a" "b"', 'py', 0, 0, 's')).toBeUndefined();
  });
});

describe('environmentSuffixAt before the resource', () => {
  it('does not take a suffix bound by a callback of the same statement', () => {
    const source = 'const dbs = items.map((i) => new aws.rds.Instance(`db-${i.suffix}`, {}));\n';
    const file = tsFile(source);
    const db = file.resources('aws.rds.Instance')[0];
    expect(environmentSuffixAt(file, source, { start: 0, end: source.length }, db)).toBeUndefined();
    const plain = 'const db = new aws.rds.Instance(`db-${args.environmentSuffix}`, {});\n';
    const plainFile = tsFile(plain);
    expect(environmentSuffixAt(plainFile, plain, { start: 0, end: plain.length }, plainFile.resources('aws.rds.Instance')[0])).toBe('args.environmentSuffix');
  });
});
