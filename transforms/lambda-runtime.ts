/**
 * lambda-runtime
 *
 * Fact: AWS deprecates each Lambda runtime on a published date (nodejs18.x
 * 2025-09-01, python3.9 2025-12-15, nodejs20.x 2026-04-30, python3.10/3.11
 * 2026-06-30, go1.x 2024-01-08, ...); after it, functions on that runtime get
 * no security patches and AWS later blocks creating and then updating them.
 * Pulumi's `lambda.Runtime` enum lags (it does not mark nodejs18.x or
 * python3.9 deprecated). The replacement is the newest runtime of the same
 * language that the provider's enum offers (nodejs24.x / nodejs22.x,
 * python3.13, java21, ...); go1.x moves to the OS-only provided.al2023, which
 * runs an executable named `bootstrap`. FACTS.md §9; table and sources in
 * lib/aws/lambda-runtimes.ts. The block dates are not confirmed, so no
 * upgrade is forced: each is an unsafe fix (code may need changes for the
 * new language version).
 */
import type * as t from '@babel/types';
import type { Node } from 'web-tree-sitter';
import { deprecation, TABLE_DATE } from '../lib/aws/lambda-runtimes';
import { providerRefs } from '../lib/aws/provider-refs';
import type { ProviderSchema } from '../lib/aws/schema';
import { targetSchema } from '../lib/aws/target-schema';
import { defineRule } from '../lib/define-rule';
import { nodeType, type PulumiFile, type Value } from '../lib/pulumi/model';
import { camelToSnake } from '../lib/pulumi/py/names';
import type { Language, RuleContext } from '../lib/rule';
import type { Edit } from '../lib/text/edits';
import { requote } from '../lib/text/strings';

/** Where a runtime is written: a string literal, or the member name of `aws.lambda.Runtime.X`. */
interface RuntimeSpot {
  value: Value;
  runtime: string;
  /** the edit that writes another runtime in the same form; undefined when the form has no spelling for it */
  write(target: string): Edit | undefined;
}

/** The enum's member names as the language spells them, by runtime value. */
function enumMembers(schema: ProviderSchema, language: Language): Map<string, string> {
  const members = schema.module('lambda')?.enums.Runtime ?? {};
  return new Map(Object.entries(members).map(([member, value]) => [value, language === 'py' ? camelToSnake(member).toUpperCase() : member]));
}

function enumSpot(value: Value, members: Map<string, string>): RuntimeSpot | undefined {
  const qualified = value.qualifiedName();
  const prefix = 'aws.lambda.Runtime.';
  if (!qualified?.startsWith(prefix)) return undefined;
  const member = qualified.slice(prefix.length);
  const runtime = [...members].find(([, name]) => name === member)?.[0];
  if (!runtime) return undefined;
  // the member name ends the chain: `aws.lambda.Runtime.NodeJS18dX`
  const write = (target: string): Edit | undefined => {
    const name = members.get(target);
    return name === undefined ? undefined : { start: value.end - member.length, end: value.end, text: name };
  };
  return { value, runtime, write };
}

function stringSpot(value: Value): RuntimeSpot | undefined {
  const runtime = value.string;
  // a literal with escapes cannot be rewritten through requote
  if (runtime === undefined || !value.text.includes(runtime)) return undefined;
  return { value, runtime, write: (target) => value.replace(requote(value.text, target)) };
}

/**
 * The runtime as written, seen through a local bound once (`runtime:
 * LAMBDA_RUNTIME`) and a config fallback (`config.get("runtime") || "nodejs18.x"`,
 * `... or "python3.9"`): the literal is what gets rewritten.
 */
function runtimeSpot(pulumi: PulumiFile, value: Value, members: Map<string, string>, depth = 0): RuntimeSpot | undefined {
  const spot = value.kind === 'string' ? stringSpot(value) : value.kind === 'member' ? enumSpot(value, members) : undefined;
  if (spot || depth > 1) return spot;
  if (value.kind === 'name') {
    const bound = pulumi.variable(value.text, value);
    return bound && runtimeSpot(pulumi, bound.value, members, depth + 1);
  }
  const fallback = fallbackOf(value);
  return fallback && runtimeSpot(pulumi, fallback, members, depth + 1);
}

/** The right operand of `a || b`, `a ?? b` (TS) or `a or b` (Python), when it is a literal or a member chain. */
function fallbackOf(value: Value): Value | undefined {
  const type = nodeType(value);
  const logical = type === 'LogicalExpression' ? ['||', '??'].includes((value.node as t.LogicalExpression).operator) : type === 'boolean_operator' && (value.node as Node).childForFieldName('operator')?.type === 'or';
  if (!logical) return undefined;
  return [...value.descendants('string'), ...value.descendants('member')].find((operand) => operand.end === value.end);
}

function check(ctx: RuleContext): void {
  const { pulumi, report } = ctx;
  const functions = pulumi.resources('aws.lambda.Function', 'aws.lambda.CallbackFunction');
  if (functions.length === 0) return;
  const schema = targetSchema(ctx.options, providerRefs(pulumi));
  const members = enumMembers(schema, ctx.language);
  const seen = new Set<number>();
  for (const fn of functions) {
    const arg = fn.arg('runtime');
    const spot = arg && runtimeSpot(pulumi, arg.value, members);
    if (!spot || seen.has(spot.value.start)) continue;
    seen.add(spot.value.start);
    const found = deprecation(spot.runtime, schema);
    if (!found) continue;
    const edit = found.target && spot.write(found.target);
    const data = { runtime: spot.runtime, since: found.since ? `on ${found.since}` : 'before 2023', target: found.target ?? '', date: TABLE_DATE, version: schema.label };
    const messageId = !edit ? 'noTarget' : spot.runtime === 'go1.x' ? 'go' : 'upgrade';
    report(spot.value, messageId, { data, fix: edit ? () => edit : undefined, safety: 'unsafe' });
  }
}

export default defineRule({
  meta: {
    id: 'lambda-runtime',
    title: 'Deprecated Lambda runtime',
    description: 'Moves a Lambda function off a runtime AWS has deprecated, to the newest runtime of the same language (go1.x to provided.al2023)',
    languages: ['ts', 'py'],
    severity: 'warning',
    fixSafety: 'unsafe',
    messages: {
      upgrade:
        'AWS deprecated the Lambda runtime {{runtime}} {{since}} (as of {{date}}): it gets no security patches, and AWS blocks creating and then updating functions on it. Move to {{target}} (`iacfix fix --unsafe` does) and test the function code on it',
      go:
        'AWS deprecated the Lambda runtime go1.x {{since}} (as of {{date}}). Move to {{target}} (`iacfix fix --unsafe` does): build the binary for Linux, name it `bootstrap` at the root of the archive, and set handler to "bootstrap"',
      noTarget:
        'AWS deprecated the Lambda runtime {{runtime}} {{since}} (as of {{date}}), and {{version}} offers no current runtime of the same language: upgrade the provider, then the runtime',
    },
    fact: 'AWS deprecates each Lambda runtime on a published date and later blocks creating and updating functions on it; as of 2026-11-23, nodejs18.x/20.x, python3.9/3.10/3.11, java8/11/17, dotnet6/7/8, ruby3.2, go1.x, provided and provided.al2 are deprecated. The replacement is the newest runtime of the same language that the provider offers; go1.x moves to provided.al2023, which runs an executable named bootstrap.',
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html (supported and deprecated runtimes, with dates)',
      'tflint-ruleset-aws rules/aws_lambda_function_deprecated_runtime.go, PR #969 (November 2025): the dates mirrored from the AWS page (FACTS.md §9)',
      '@pulumi/aws 6.83.4 and 7.48.0 types/enums/lambda/index.d.ts (lambda.Runtime members)',
      'https://docs.aws.amazon.com/lambda/latest/dg/golang-package.html (the OS-only runtime runs an executable named bootstrap)',
    ],
  },
  ts: check,
  py: check,
});
