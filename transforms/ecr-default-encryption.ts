/**
 * ecr-default-encryption
 *
 * Fact: an ECR repository is encrypted with AES256 when no encryption
 * configuration is given; the provider's argument is the plural
 * `encryptionConfigurations` (`encryption_configurations`), and the singular
 * `encryption_configuration=` raises a TypeError in the Python SDK (and is an
 * excess-property error in TypeScript). FACTS.md §5.
 */
import { defineRule } from '../lib/define-rule';
import type { Prop, Value } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';

const PLURAL = 'encryptionConfigurations';
const SINGULAR = 'encryptionConfiguration';

/** 'AES256', 'KMS', ... or undefined when an entry's type is not a literal; a missing type is the AES256 default. */
function encryptionTypes(block: Value): (string | undefined)[] {
  const entries = block.kind === 'array' ? block.elements() : [block];
  return entries.map((entry) => {
    if (entry.kind !== 'object') return undefined;
    const type = entry.prop('encryptionType');
    if (!type) return entry.prop('kmsKey') ? undefined : 'AES256';
    return type.value.string?.toUpperCase();
  });
}

function check({ pulumi, report }: RuleContext): void {
  const plural = pulumi.propName(PLURAL);
  for (const repo of pulumi.resources('aws.ecr.Repository')) {
    checkBlock(repo.arg(PLURAL), false, plural, report);
    checkBlock(repo.arg(SINGULAR), true, plural, report);
  }
}

function checkBlock(block: Prop | undefined, singular: boolean, plural: string, report: RuleContext['report']): void {
  if (!block) return;
  const data = { key: block.key, plural };
  const types = encryptionTypes(block.value);
  if (types.length > 0 && types.every((t) => t === 'AES256')) {
    report(block, singular ? 'dropMalformed' : 'dropAes256', { data, fix: () => block.remove() });
  } else if (singular && types.length > 0 && types.every((t) => t === 'KMS' || t === 'KMS_DSSE')) {
    const value = block.value;
    report(block, 'renameKms', {
      data,
      fix: () => [block.rename(PLURAL), ...(value.kind === 'array' ? [] : [value.replace(`[${value.text}]`)])],
    });
  } else if (singular) {
    report(block, 'malformedUnknown', { data });
  }
}

export default defineRule({
  meta: {
    id: 'ecr-default-encryption',
    title: 'ECR encryption block that restates the default or is malformed',
    description: 'Drops an AES256 or singular ECR encryption block; keeps (and repairs the spelling of) a KMS one',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      dropAes256: 'ECR encrypts every repository with AES256 by default; this `{{key}}` block only restates it and is removed',
      dropMalformed: '`{{key}}` is not an argument of aws.ecr.Repository (the provider spells it {{plural}}) and asks only for the AES256 default: removed',
      renameKms: '`{{key}}` is not an argument of aws.ecr.Repository: the KMS encryption block is renamed to {{plural}}, a list',
      malformedUnknown: '`{{key}}` is not an argument of aws.ecr.Repository; use {{plural}} (a list) or drop it for the AES256 default',
    },
    fact: 'ECR repositories are encrypted with AES256 when no encryption configuration is given; the provider argument is the list `encryptionConfigurations` (`encryption_configurations` in Python), and the singular spelling is rejected.',
    sources: [
      'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_EncryptionConfiguration.html',
      '@pulumi/aws 7.x ecr/repository.d.ts (encryptionConfigurations, "Defaults to AES256")',
      'pulumi/pulumi-aws sdk/python/pulumi_aws/ecr/repository.py (keyword-only parameters, no **kwargs)',
    ],
  },
  ts: check,
  py: check,
});
