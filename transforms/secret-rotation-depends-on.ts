/**
 * secret-rotation-depends-on
 *
 * Fact: RotateSecret with a Lambda checks that the function's resource policy
 * lets secretsmanager.amazonaws.com invoke it, and fails with
 * AccessDeniedException otherwise; the provider retries that error for one
 * minute only, and its own acceptance tests make the rotation depend on the
 * `aws_lambda_permission`. Because `rotateImmediately` defaults to true, the
 * rotation should also wait for the SecretVersion holding the initial value.
 * Pulumi orders creation by `dependsOn` (TS) / `depends_on` (Python) in the
 * resource options. FACTS.md §8 and §10. Sources: terraform-provider-aws
 * internal/service/secretsmanager/secret_rotation{,_test}.go; @pulumi/pulumi
 * resource.d.ts; pulumi sdk/python/lib/pulumi/resource.py.
 */
import { defineRule } from '../lib/define-rule';
import { listsDependency, referenceTo } from '../lib/pulumi/depends-on';
import { resourceOfArg, type PulumiFile, type Resource, type Value } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';
import type { Edit } from '../lib/text/edits';

/** Names given to an unbound permission or version so the rotation can refer to it. */
const NEW_NAMES = {
  permission: { ts: 'rotationLambdaPermission', py: 'rotation_lambda_permission' },
  version: { ts: 'secretVersion', py: 'secret_version' },
} as const;

const WHAT = {
  permission: 'the Lambda invoke permission',
  version: 'the secret version',
} as const;

type Dependency = { kind: keyof typeof NEW_NAMES; resource: Resource };

/** The permission search gives the permissions, or says none exists, or cannot tell. */
type PermissionSearch = { found: Resource[] } | 'missing' | 'unknown';


function grantsSecretsManager(permission: Resource): boolean {
  return permission.arg('principal')?.value.mentions('secretsmanager') ?? false;
}

/** A principal that is not a literal string might still be Secrets Manager. */
function mayGrantSecretsManager(permission: Resource): boolean {
  const principal = permission.arg('principal')?.value;
  return !principal || principal.kind !== 'string' || grantsSecretsManager(permission);
}

/**
 * The invoke permissions of the rotation function. When the function cannot
 * be resolved, the only Secrets Manager permission of the file is taken.
 */
function findPermissions(pulumi: PulumiFile, lambdaArn: Value): PermissionSearch {
  const permissions = pulumi.resources('aws.lambda.Permission');
  const fn = pulumi.resourceOf(lambdaArn);
  if (!fn) {
    const candidates = permissions.filter(grantsSecretsManager);
    return candidates.length === 1 ? { found: candidates } : 'unknown';
  }
  const forFunction = permissions.filter((p) => resourceOfArg(pulumi, p, 'function') === fn);
  const found = forFunction.filter(grantsSecretsManager);
  if (found.length > 0) return { found };
  const undecided = forFunction.some(mayGrantSecretsManager) || permissions.some((p) => !resourceOfArg(pulumi, p, 'function') && mayGrantSecretsManager(p));
  return undecided ? 'unknown' : 'missing';
}

function findVersions(pulumi: PulumiFile, rotation: Resource): Resource[] {
  const secret = resourceOfArg(pulumi, rotation, 'secretId');
  if (!secret) return [];
  return pulumi.resources('aws.secretsmanager.SecretVersion').filter((v) => resourceOfArg(pulumi, v, 'secretId') === secret);
}

/** What the rotation should wait for: the invoke permissions found and the versions of its secret. */
function dependenciesOf(pulumi: PulumiFile, rotation: Resource, permissions: PermissionSearch): Dependency[] {
  const found = typeof permissions === 'object' ? permissions.found : [];
  return [
    ...found.map((resource) => ({ kind: 'permission' as const, resource })),
    ...findVersions(pulumi, rotation).map((resource) => ({ kind: 'version' as const, resource })),
  ];
}

function check(ctx: RuleContext): void {
  const { pulumi, report } = ctx;
  const option = pulumi.propName('dependsOn');
  for (const rotation of pulumi.resources('aws.secretsmanager.SecretRotation')) {
    const lambdaArn = rotation.arg('rotationLambdaArn');
    if (!lambdaArn) continue; // managed rotation: no function to invoke
    const permissions = findPermissions(pulumi, lambdaArn.value);
    if (permissions === 'missing') report(lambdaArn, 'missingPermission', { data: { option } });
    const missing = dependenciesOf(pulumi, rotation, permissions).filter((d) => !listsDependency(rotation, d.resource));
    const refs: string[] = [];
    const bindEdits: Edit[] = [];
    const what = new Set<string>();
    for (const dependency of missing) {
      const reference = referenceTo(ctx, dependency.resource, rotation, NEW_NAMES[dependency.kind], refs);
      if (!reference) {
        report(rotation, 'unreachable', { data: { what: WHAT[dependency.kind], option } });
        continue;
      }
      refs.push(reference.ref);
      bindEdits.push(...reference.edits);
      what.add(WHAT[dependency.kind]);
    }
    if (refs.length === 0) continue;
    report(rotation, what.has(WHAT.permission) ? 'addDependsOn' : 'addVersionDependsOn', {
      data: { what: [...what].join(' and '), refs: refs.join(', '), option },
      fix: () => {
        const dependsOnEdits = rotation.addDependsOn(refs);
        return dependsOnEdits && [...bindEdits, ...dependsOnEdits];
      },
    });
  }
}

export default defineRule({
  meta: {
    id: 'secret-rotation-depends-on',
    title: 'Secret rotation that does not wait for its Lambda permission and secret version',
    description: 'Adds the Lambda invoke permission and the initial SecretVersion to a SecretRotation\'s dependsOn',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      addDependsOn: 'This SecretRotation does not wait for {{what}}: Secrets Manager invokes the rotation function as soon as rotation is configured and fails with AccessDeniedException while the permission is not in place; add {{refs}} to {{option}}',
      addVersionDependsOn: 'This SecretRotation does not wait for {{what}} that holds the initial value: rotation starts right away (rotateImmediately defaults to true); add {{refs}} to {{option}}',
      unreachable: 'This SecretRotation should wait for {{what}}, but it is declared after the rotation, in another scope, or not bound to a name: move it before the rotation and add it to {{option}}',
      missingPermission: 'Secrets Manager cannot invoke the rotation function without an aws.lambda.Permission for principal secretsmanager.amazonaws.com: add one and list it in the rotation\'s {{option}}',
    },
    fact: 'Secrets Manager checks that the rotation function\'s resource policy lets secretsmanager.amazonaws.com invoke it and fails with AccessDeniedException otherwise; the rotation must depend on the aws.lambda.Permission, and (because rotateImmediately defaults to true) on the SecretVersion holding the initial value.',
    sources: [
      'terraform-provider-aws internal/service/secretsmanager/secret_rotation.go (AccessDeniedException retried for 1 minute)',
      'terraform-provider-aws internal/service/secretsmanager/secret_rotation_test.go (depends_on = [aws_lambda_permission.test])',
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets-required-permissions-function.html',
      '@pulumi/pulumi resource.d.ts (ResourceOptions.dependsOn); pulumi sdk/python/lib/pulumi/resource.py (ResourceOptions.depends_on)',
    ],
  },
  ts: check,
  py: check,
});
