/**
 * `Resource.addDependsOn` when the options already hold one `dependsOn`
 * value that is not a list literal: a resource is wrapped with the new
 * references, a local holding a list is spread into the new list, and a value
 * the tree cannot see into is left alone.
 */
import type { PulumiFile } from '../lib/pulumi/model';
import { loadPython } from '../lib/python/parse';
import { pulumiFile } from './helpers/pulumi-file';
import { applyEdits } from '../lib/text/edits';

beforeAll(() => loadPython());

const file = (source: string, language: 'ts' | 'py'): PulumiFile => pulumiFile(source, language);

/** The last resource of the source made to depend on `gw`; null when addDependsOn declines. */
function addGateway(source: string, language: 'ts' | 'py'): string | null {
  const resources = file(source, language).resources('aws.ec2.NatGateway');
  const edits = resources[resources.length - 1].addDependsOn(['gw']);
  return edits && applyEdits(source, edits);
}

describe('TypeScript', () => {
  const head = 'const gw = new aws.ec2.InternetGateway("gw", {});\nconst role = new aws.iam.Role("r", {});\n';

  it.each([
    ['a local holding a list is spread', 'const deps = [role];\n', 'dependsOn: deps', 'dependsOn: [...deps, gw]'],
    ['a resource is wrapped', '', 'dependsOn: role', 'dependsOn: [role, gw]'],
    ['undefined becomes the list', '', 'dependsOn: undefined', 'dependsOn: [gw]'],
  ])('%s', (_, declarations, before, after) => {
    const source = `${head}${declarations}new aws.ec2.NatGateway("nat", { subnetId: "s" }, { ${before} });\n`;
    expect(addGateway(source, 'ts')).toBe(source.replace(before, after));
  });

  it('leaves a value it cannot see into', () => {
    const source = `${head}function f(deps: pulumi.Resource[]) {\n  new aws.ec2.NatGateway("nat", { subnetId: "s" }, { dependsOn: deps });\n}\n`;
    expect(addGateway(source, 'ts')).toBeNull();
  });
});

describe('Python', () => {
  const head = 'import pulumi\nimport pulumi_aws as aws\n\ngw = aws.ec2.InternetGateway("gw")\nrole = aws.iam.Role("r")\n';

  it.each([
    ['a name bound to a list is unpacked', 'deps = [role]\n', 'depends_on=deps', 'depends_on=[*deps, gw]'],
    ['a resource is wrapped', '', 'depends_on=role', 'depends_on=[role, gw]'],
    ['None becomes the list', '', 'depends_on=None', 'depends_on=[gw]'],
    ['a tuple gets the item', '', 'depends_on=(role,)', 'depends_on=(role, gw)'],
  ])('%s', (_, declarations, before, after) => {
    const source = `${head}${declarations}aws.ec2.NatGateway("nat", subnet_id="s", opts=pulumi.ResourceOptions(${before}))\n`;
    expect(addGateway(source, 'py')).toBe(source.replace(before, after));
  });

  it('leaves a value it cannot see into', () => {
    const source = `${head}def make(deps):\n    aws.ec2.NatGateway("nat", subnet_id="s", opts=pulumi.ResourceOptions(depends_on=deps))\n`;
    expect(addGateway(source, 'py')).toBeNull();
  });
});
