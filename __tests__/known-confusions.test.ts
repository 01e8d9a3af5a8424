/**
 * The evidence behind every entry of lib/aws/known-confusions.ts, checked
 * against the generated provider tables: the wrong name is absent where the
 * entry says, the right one present in both majors.
 */
import { ARGUMENT_RENAMES, CLASS_RENAMES, MODULE_RENAMES, terraformIdArgument } from '../lib/aws/known-confusions';
import { providerSchema } from '../lib/aws/schema';

const majors = [6, 7] as const;

describe.each(Object.entries(CLASS_RENAMES))('class %s → %s', (wrong, right) => {
  it.each(majors)('is absent from v%i, and the class meant is there', (major) => {
    const schema = providerSchema(major);
    const [module, cls] = wrong.split('.');
    expect(schema.kindOf(module, cls, 'ts')).toBeUndefined();
    const [rightModule, rightClass] = right.split('.');
    expect(schema.kindOf(rightModule, rightClass, 'ts')).toBe('resource');
  });
});

describe.each(Object.entries(MODULE_RENAMES))('module aws.%s', (wrong, { module }) => {
  it.each(majors)('is absent from v%i, and aws.%s is there', (major) => {
    const schema = providerSchema(major);
    expect(schema.module(wrong)).toBeUndefined();
    expect(schema.module(module)).toBeDefined();
  });
});

const argumentEntries = Object.entries(ARGUMENT_RENAMES).flatMap(([type, renames]) => Object.entries(renames).map(([from, rename]) => [`${type}.${from}`, type, from, rename] as const));

describe.each(argumentEntries)('argument %s', (_label, type, from, rename) => {
  const [module, cls] = type.split('.');
  it.each(majors)('in v%i: the wrong name is absent exactly where the entry says, the right one present', (major) => {
    const args = providerSchema(major).resourceArgs(module, cls) ?? {};
    expect(rename.to in args).toBe(true);
    expect(from in args).toBe(!rename.absentIn.includes(major));
  });
});

describe('Terraform id arguments', () => {
  it('drops the Id suffix only where the type has the shorter argument and not the longer one', () => {
    const method = providerSchema(7).resourceArgs('apigateway', 'Method') ?? {};
    expect(terraformIdArgument('restApiId', method)).toBe('restApi');
    // apigateway.Method does take resourceId as it is
    expect(terraformIdArgument('resourceId', method)).toBeUndefined();
    expect(terraformIdArgument('vpcId', providerSchema(7).resourceArgs('ec2', 'Subnet') ?? {})).toBeUndefined();
  });
});
