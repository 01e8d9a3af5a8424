/**
 * The provider major a file is checked against: `--aws-provider` or the
 * nearest manifest (both arrive as options.awsProvider), else inferred from
 * the modules and classes the file names that only one major exports
 * (`aws.opsworks` is v6 only, `aws.s3.BucketVersioning` v7 only), else 7,
 * the current major.
 */
import exclusive from './generated/aws-schema-exclusive.json';
import type { RuleOptions } from '../rule';
import type { ProviderRef } from './provider-refs';
import { providerSchema, type Major, type ProviderSchema } from './schema';

const ONLY: Record<Major, Set<string>> = { 6: new Set(exclusive[6]), 7: new Set(exclusive[7]) };

export function inferMajor(refs: readonly ProviderRef[]): Major | undefined {
  const votes = { 6: 0, 7: 0 };
  for (const { segments } of refs) {
    const name = segments.slice(0, 2).join('.');
    if (ONLY[6].has(name) || ONLY[6].has(segments[0])) votes[6]++;
    if (ONLY[7].has(name)) votes[7]++;
  }
  if (votes[6] === votes[7]) return undefined;
  return votes[6] > votes[7] ? 6 : 7;
}

export function targetSchema(options: RuleOptions, refs: readonly ProviderRef[]): ProviderSchema {
  return providerSchema(options.awsProvider ?? inferMajor(refs) ?? 7);
}
