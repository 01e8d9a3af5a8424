/**
 * The finders' expression walk (PulumiFile.expressions, Value.descendants,
 * Value.parent) sees the same things in both languages: values, not object
 * keys, import sources, type annotations or docstrings.
 */
import { loadPython } from '../lib/python/parse';
import { pulumiFile } from './helpers/pulumi-file';

beforeAll(() => loadPython());


const TS = `import * as aws from "@pulumi/aws";
type Region = "us-west-2";
const doc = { "Effect": "Allow", Action: ["s3:*"], nested: { Resource: "*" } };
new aws.iam.Policy("p", { policy: JSON.stringify(doc) });
`;

const PY = `"""Module docstring."""
import pulumi_aws as aws
doc = {"Effect": "Allow", "Action": ["s3:*"], "nested": {"Resource": "*"}}
aws.iam.Policy("p", policy=json.dumps(doc))
`;

describe.each([
  ['ts', TS],
  ['py', PY],
] as const)('%s', (language, source) => {
  it('lists string values in source order, without keys, imports, types or docstrings', () => {
    const strings = pulumiFile(source, language).expressions('string').map((v) => v.string);
    expect(strings).toEqual(['Allow', 's3:*', '*', 'p']);
  });

  it('finds nested objects, outermost first, and their parents', () => {
    const file = pulumiFile(source, language);
    const [doc, nested] = file.expressions('object').filter((o) => o.prop('Effect') || o.prop('Resource'));
    expect(doc.descendants('object').map((o) => o.start)).toEqual([doc.start, nested.start]);
    const action = doc.prop('Action')?.value.elements()[0];
    expect(action?.parent()?.kind).toBe('array');
  });
});
