/**
 * Lambda runtimes and when AWS deprecated them, as of TABLE_DATE, with the
 * runtime each one moves to.
 *
 * Dates: the AWS Lambda Developer Guide's runtime tables
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html), as
 * mirrored by tflint-ruleset-aws rules/aws_lambda_function_deprecated_runtime.go
 * (PR #969, November 2025); FACTS.md §9. Runtimes retired before that list
 * have no date here: @pulumi/aws 7.48.0 marks them `@deprecated` in its
 * `lambda.Runtime` enum (types/enums/lambda/index.d.ts).
 *
 * AWS blocks creating, then updating, functions on a deprecated runtime some
 * time after the deprecation date; the block dates are not confirmed
 * (FACTS.md §9), so this table has none and no upgrade is taken as already
 * forced.
 */
import type { ProviderSchema } from './schema';

export const TABLE_DATE = '2026-11-23';

/** Deprecation dates (ISO), for the runtimes that have one in the source above. */
const DEPRECATED_ON: Record<string, string> = {
  'nodejs12.x': '2023-03-31',
  'nodejs14.x': '2023-12-04',
  'nodejs16.x': '2024-06-12',
  'nodejs18.x': '2025-09-01',
  'nodejs20.x': '2026-04-30',
  'nodejs22.x': '2027-04-30',
  'python3.7': '2023-12-04',
  'python3.8': '2024-10-14',
  'python3.9': '2025-12-15',
  'python3.10': '2026-06-30',
  'python3.11': '2026-06-30',
  'python3.12': '2028-10-31',
  'python3.13': '2029-06-30',
  'ruby2.7': '2023-11-27',
  'ruby3.2': '2026-03-31',
  'ruby3.3': '2027-03-31',
  java8: '2024-01-08',
  'java8.al2': '2026-06-30',
  java11: '2026-06-30',
  java17: '2026-06-30',
  java21: '2029-06-30',
  'dotnetcore3.1': '2023-04-03',
  dotnet6: '2024-11-12',
  dotnet7: '2024-05-14',
  dotnet8: '2026-11-10',
  'go1.x': '2024-01-08',
  provided: '2024-01-08',
  'provided.al2': '2026-06-30',
  'provided.al2023': '2029-06-30',
};

/** Retired before the dated list begins; @pulumi/aws marks them deprecated. */
const LONG_RETIRED = new Set(['nodejs', 'nodejs4.3', 'nodejs4.3-edge', 'nodejs6.10', 'nodejs8.10', 'nodejs10.x', 'python2.7', 'python3.6', 'dotnetcore1.0', 'dotnetcore2.0', 'dotnetcore2.1', 'dotnet5.0', 'ruby2.5']);

/**
 * The runtimes a deprecated one moves to, most preferred first: the newest
 * the provider's enum offers among those FACTS.md §9 recommends (nodejs24.x
 * is only in v7; v6 gets nodejs22.x). Go moves to the OS-only runtime.
 */
const TARGETS: Record<string, string[]> = {
  nodejs: ['nodejs24.x', 'nodejs22.x'],
  python: ['python3.13', 'python3.12'],
  java: ['java21'],
  dotnet: ['dotnet10'],
  ruby: ['ruby3.4', 'ruby3.3'],
  provided: ['provided.al2023'],
  go: ['provided.al2023'],
};

function family(runtime: string): string | undefined {
  return /^(nodejs|python|java|dotnet|ruby|provided|go)/.exec(runtime)?.[1];
}

export interface Deprecation {
  /** ISO date, or undefined for the runtimes retired before the dated list */
  since: string | undefined;
  /** the runtime to move to, when the provider offers one */
  target: string | undefined;
}

function isDeprecated(runtime: string): boolean {
  const date = DEPRECATED_ON[runtime];
  return LONG_RETIRED.has(runtime) || (date !== undefined && date <= TABLE_DATE);
}

/** The runtime values of the provider's `lambda.Runtime` enum. */
function offered(schema: ProviderSchema): Set<string> {
  return new Set(Object.values(schema.module('lambda')?.enums.Runtime ?? {}));
}

/** Whether `runtime` is deprecated as of TABLE_DATE, and what replaces it under the given provider; undefined when it is current (or unknown). */
export function deprecation(runtime: string, schema: ProviderSchema): Deprecation | undefined {
  if (!isDeprecated(runtime)) return undefined;
  const available = offered(schema);
  const target = (TARGETS[family(runtime) ?? ''] ?? []).find((t) => available.has(t) && !isDeprecated(t));
  return { since: DEPRECATED_ON[runtime], target };
}
