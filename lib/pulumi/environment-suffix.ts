/**
 * The expression a program uses for its environment suffix (the value that
 * keeps the names of two deployments apart), for fixes that must make a name
 * unique per deployment: `environmentSuffix`, `args.environmentSuffix`,
 * `self.environment_suffix`, `env_suffix`, or the stack name from
 * `pulumi.getStack()` / `pulumi.get_stack()`.
 */
import type { Located } from '../rule';
import type { PulumiFile, Resource, Value } from './model';

const SUFFIX_NAME = /^(environment_?suffix|env_?suffix|suffix)$/i;
const SUFFIX_VARIABLES = ['environmentSuffix', 'environment_suffix', 'envSuffix', 'env_suffix', 'suffix'];
const STACK_CALLS = ['pulumi.getStack', 'pulumi.get_stack'];
const STACK_VARIABLES = ['stack', 'stackName', 'stack_name'];

function isStackCall(value: Value | undefined): boolean {
  return value?.kind === 'call' && STACK_CALLS.includes(value.qualifiedName() ?? '');
}

/** `environmentSuffix`, `args.environmentSuffix`, `pulumi.getStack()`, or a name bound to `pulumi.getStack()`. */
function isSuffix(pulumi: PulumiFile, value: Value): boolean {
  const path = value.path();
  if (path && SUFFIX_NAME.test(path[path.length - 1])) return true;
  if (isStackCall(value)) return true;
  return value.kind === 'name' && isStackCall(pulumi.variable(value.text, value)?.value);
}

/** The suffix interpolated in a resource's logical name or in one of its string arguments: it can be read where the resource is created. */
function suffixInResource(pulumi: PulumiFile, resource: Resource): Value | undefined {
  const strings = [resource.name, ...(resource.args?.descendants('template') ?? [])];
  for (const value of strings) {
    for (const part of value?.parts() ?? []) {
      if (part.kind === 'expression' && part.value && isSuffix(pulumi, part.value)) return part.value;
    }
  }
  return undefined;
}

/** A variable visible at `at`, declared before it, bound to a plain value (not a resource such as a `random.RandomId` named `suffix`). */
function valueVariable(pulumi: PulumiFile, name: string, at: Located): Value | undefined {
  const variable = pulumi.variable(name, at);
  if (!variable || variable.statement.end > at.start) return undefined;
  return pulumi.allResources().some((r) => r.start === variable.value.start) ? undefined : variable.value;
}

/**
 * Whether the suffix a resource interpolates can be read at `at`, before the
 * resource in the same statement: its root (`args` in `args.environmentSuffix`)
 * must not be bound between the two, as a callback's parameter would be.
 */
function readableBefore(source: string, suffix: Value, at: Located, resource: Resource): boolean {
  const root = suffix.path()?.[0];
  if (at.start >= resource.start || !root || root === 'this' || root === 'self') return true;
  return !new RegExp(`(^|[^\\w$])${root.replace(/\$/g, '\\$')}($|[^\\w$])`).test(source.slice(at.start, resource.start));
}

/**
 * The text of the environment-suffix expression that can be read at `at`:
 * the one the resource created there already interpolates in its names, else
 * a variable named like a suffix, or bound to the stack name, visible there.
 */
export function environmentSuffixAt(pulumi: PulumiFile, source: string, at: Located, resource?: Resource): string | undefined {
  const inResource = resource && suffixInResource(pulumi, resource);
  if (inResource && readableBefore(source, inResource, at, resource)) return inResource.text;
  return SUFFIX_VARIABLES.find((name) => valueVariable(pulumi, name, at)) ?? STACK_VARIABLES.find((name) => isStackCall(valueVariable(pulumi, name, at)));
}
