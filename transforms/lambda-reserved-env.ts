/**
 * lambda-reserved-env
 *
 * Fact: Lambda reserves the environment variables its runtime defines
 * (`AWS_REGION`, `AWS_DEFAULT_REGION`, `AWS_LAMBDA_FUNCTION_NAME`, `_HANDLER`,
 * the execution role's credentials, ...); a function configuration that sets
 * one is rejected with InvalidParameterValueException ("environment variables
 * ... contains reserved keys that are currently not supported for
 * modification"). The runtime sets them itself, so the key can go. Other
 * `AWS_LAMBDA_*` names (`AWS_LAMBDA_EXEC_WRAPPER`, ...) and `TZ` may be set.
 * FACTS.md §11. Source: AWS Lambda Developer Guide, "Defined runtime
 * environment variables".
 */
import { defineRule } from '../lib/define-rule';
import type { PulumiFile, Value } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';

/** The reserved keys, exactly as AWS lists them (FACTS.md §11): a prefix test would catch settable names such as AWS_LAMBDA_EXEC_WRAPPER. */
const RESERVED = new Set([
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_LAMBDA_RUNTIME_API',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
]);

/** The keys of the execution role's credentials, which the runtime sets from the role. */
const CREDENTIALS = new Set(['AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);

/** An object written in place, or the one a local is bound to (`shared` when something else reads that local too). */
function objectOf(pulumi: PulumiFile, value: Value | undefined): { object: Value; shared: boolean } | undefined {
  if (value?.kind === 'object') return { object: value, shared: false };
  const name = value?.kind === 'name' ? value.path()?.[0] : undefined;
  const variable = value && name !== undefined ? pulumi.variable(name, value) : undefined;
  return variable?.value.kind === 'object' ? { object: variable.value, shared: variable.references.length > 1 } : undefined;
}

function check({ pulumi, report }: RuleContext): void {
  const reported = new Set<number>();
  for (const fn of pulumi.resources('aws.lambda.Function')) {
    const environment = objectOf(pulumi, fn.arg('environment')?.value);
    const variables = environment && objectOf(pulumi, environment.object.prop('variables')?.value);
    if (!environment || !variables) continue;
    // removing a key from an object that something else reads (a container definition, another function) is left to the user
    const shared = environment.shared || variables.shared;
    for (const key of variables.object.props().filter((p) => RESERVED.has(p.key) && !reported.has(p.start))) {
      reported.add(key.start);
      const messageId = shared ? 'sharedObject' : CREDENTIALS.has(key.key) ? 'credentials' : 'reserved';
      report(key, messageId, { data: { key: key.key }, fix: shared ? undefined : () => key.remove() });
    }
  }
}

export default defineRule({
  meta: {
    id: 'lambda-reserved-env',
    title: 'Reserved Lambda environment variable',
    description: 'Removes environment variables Lambda reserves for its runtime (AWS_REGION, AWS_LAMBDA_FUNCTION_NAME, ...) from a function',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      reserved:
        'Lambda rejects a function that sets the reserved environment variable `{{key}}` (InvalidParameterValueException); the runtime already sets it, so it is removed. If the code needs a value of its own, pass it under another name (for example APP_REGION)',
      credentials:
        'Lambda rejects a function that sets the reserved environment variable `{{key}}` (InvalidParameterValueException); the runtime sets it to the execution role\'s credentials, so it is removed. Grant the role the permissions the code needs instead of passing keys',
      sharedObject:
        'Lambda rejects a function that sets the reserved environment variable `{{key}}` (InvalidParameterValueException); the runtime already sets it. This object is also read elsewhere: remove `{{key}}` from what this function receives (it may stay where it is allowed, such as a container definition)',
    },
    fact: 'Lambda reserves the environment variables its runtime defines (_HANDLER, _X_AMZN_TRACE_ID, AWS_REGION, AWS_DEFAULT_REGION, AWS_EXECUTION_ENV, AWS_LAMBDA_FUNCTION_NAME, AWS_LAMBDA_FUNCTION_MEMORY_SIZE, AWS_LAMBDA_FUNCTION_VERSION, AWS_LAMBDA_INITIALIZATION_TYPE, AWS_LAMBDA_LOG_GROUP_NAME, AWS_LAMBDA_LOG_STREAM_NAME, AWS_LAMBDA_RUNTIME_API, AWS_ACCESS_KEY, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, LAMBDA_TASK_ROOT, LAMBDA_RUNTIME_DIR) and rejects a configuration that sets one; TZ is not reserved.',
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-runtime.html (Defined runtime environment variables; reserved and unreserved keys)',
      'InvalidParameterValueException "Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification" (FACTS.md §11)',
    ],
  },
  ts: check,
  py: check,
});
