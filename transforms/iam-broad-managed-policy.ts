/**
 * iam-broad-managed-policy
 *
 * Fact: IAM's security best practices ask for least privilege: grant only the
 * actions a workload needs on the resources it uses. AWS managed policies such
 * as AdministratorAccess, PowerUserAccess and the `*FullAccess` service
 * policies are written for broad use and "might not grant least-privilege
 * permissions"; a statement that allows `*` or `<service>:*` on `Resource: "*"`
 * is the same grant written inline. Sources: AWS IAM User Guide, "Security
 * best practices in IAM" (Apply least-privilege permissions; Get started with
 * AWS managed policies and move toward least-privilege permissions) and
 * "AWS managed policies for job functions". Which actions a program needs is
 * not in the code, so the rule only reports (no fix).
 */
import { defineRule } from '../lib/define-rule';
import type { Prop, PulumiFile, Value } from '../lib/pulumi/model';
import type { Located, RuleContext } from '../lib/rule';

const ATTACHMENTS = ['aws.iam.RolePolicyAttachment', 'aws.iam.UserPolicyAttachment', 'aws.iam.GroupPolicyAttachment', 'aws.iam.PolicyAttachment'];
const INLINE_POLICIES = ['aws.iam.Policy', 'aws.iam.RolePolicy', 'aws.iam.UserPolicy', 'aws.iam.GroupPolicy'];
/** The enums of managed policy ARNs: `ManagedPolicy` (v6 and v7), `ManagedPolicies` (v6 only, FACTS §4.4). */
const MANAGED_POLICY_ENUMS = ['aws.iam.ManagedPolicy.', 'aws.iam.ManagedPolicies.'];

const AWS_MANAGED_ARN = /:iam::aws:policy\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;
/** `*` or `<service>:*`; partial wildcards such as `s3:Get*` are a deliberate narrowing and are left alone. */
const WILDCARD_ACTION = /^(\*|[A-Za-z0-9-]+:\*)$/;

type Report = RuleContext['report'];

/** What a broad managed policy grants, by its name (`AdministratorAccess`) or enum member (`ADMINISTRATOR_ACCESS`). */
function broadGrant(policyName: string): string | undefined {
  const name = policyName.replace(/[_-]/g, '').toLowerCase();
  if (name.startsWith('administratoraccess')) return 'every action on every resource';
  if (name === 'poweruseraccess') return 'every action except IAM and Organizations management, on every resource';
  if (/fullaccess(v\d+)?$/.test(name)) return 'every action of its service, on every resource';
  return undefined;
}

/** The name of the AWS managed policy a value refers to: an ARN string (also one built with a partition) or an enum member. */
function managedPolicyName(value: Value): string | undefined {
  if (value.kind === 'member') {
    const qualified = value.qualifiedName();
    const prefix = qualified && MANAGED_POLICY_ENUMS.find((p) => qualified.startsWith(p));
    return prefix && qualified?.slice(prefix.length);
  }
  const parts = value.parts();
  const last = parts[parts.length - 1];
  const text = value.string ?? (last?.kind === 'literal' ? last.text : undefined);
  return text ? AWS_MANAGED_ARN.exec(text)?.[1] : undefined;
}

function checkManagedPolicy(value: Value, report: Report): void {
  const policy = managedPolicyName(value);
  const grant = policy && broadGrant(policy);
  if (policy && grant) report(value, 'broadManagedPolicy', { data: { policy, grant } });
}

/** The string values of an IAM `Action` / `Resource` element (one string or a list of them). */
function elementStrings(element: unknown): string[] {
  const list = Array.isArray(element) ? element : [element];
  return list.filter((e): e is string => typeof e === 'string');
}

interface Statement {
  effect: unknown;
  /** a Principal makes it a resource or trust policy, not an identity policy */
  principal: boolean;
  actions: string[];
  resources: string[];
}

/** The wildcard actions a statement allows on every resource; [] when it is narrower, a Deny, or a resource policy. */
function wildcardActions(statement: Statement): string[] {
  if (statement.effect !== 'Allow' || statement.principal || !statement.resources.includes('*')) return [];
  return statement.actions.filter((a) => WILDCARD_ACTION.test(a));
}

/** A statement written in the program: a JSON-shaped object (`Effect`, `Action`, `Resource`) or a getPolicyDocument statement (`actions`, `resources`, Allow by default). */
function statementOf(object: Value): (Statement & { action: Prop }) | undefined {
  const jsonShaped = object.prop('Action');
  const action = jsonShaped ?? object.prop('actions');
  if (!action) return undefined;
  const effect = object.prop(jsonShaped ? 'Effect' : 'effect');
  const resource = object.prop(jsonShaped ? 'Resource' : 'resources');
  const strings = (prop: Prop | undefined): string[] => (!prop ? [] : prop.value.kind === 'array' ? prop.value.elements() : [prop.value]).flatMap((v) => (v.string === undefined ? [] : [v.string]));
  return {
    action,
    effect: effect ? effect.value.string : jsonShaped ? undefined : 'Allow',
    principal: !!(object.prop('Principal') ?? object.prop('principals') ?? object.prop('NotPrincipal')),
    actions: strings(action),
    resources: strings(resource),
  };
}

/** Statements of a policy document held as JSON text. */
function jsonStatements(text: string): Record<string, unknown>[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return [];
  }
  const statement = (document as { Statement?: unknown } | null)?.Statement;
  const list = Array.isArray(statement) ? statement : [statement];
  return list.filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null);
}

/** The text of a string, or of a template with each interpolation as a bare word (valid JSON only when it sat inside quotes). */
function jsonText(value: Value): string | undefined {
  if (value.kind === 'string') return value.string;
  return value.parts().map((p) => (p.kind === 'literal' ? p.text : 'interpolated')).join('');
}

/** Reports each wildcard statement once, wherever the policy document is written. */
class DocumentChecker {
  private readonly reported = new Set<number>();
  private readonly followed = new Set<number>();

  constructor(
    private readonly pulumi: PulumiFile,
    private readonly report: Report,
  ) {}

  check(document: Value): void {
    for (const object of document.descendants('object')) this.checkObject(object);
    for (const text of [...document.descendants('string'), ...document.descendants('template')]) this.checkJson(text);
    for (const name of document.descendants('name')) this.followVariable(name);
  }

  private once(value: Located): boolean {
    if (this.reported.has(value.start)) return false;
    this.reported.add(value.start);
    return true;
  }

  private checkObject(object: Value): void {
    const statement = statementOf(object);
    const actions = statement ? wildcardActions(statement) : [];
    if (statement && actions.length > 0 && this.once(statement.action)) this.report(statement.action, 'wildcardStatement', { data: { action: actions.join('`, `') } });
  }

  private checkJson(value: Value): void {
    const text = jsonText(value);
    if (!text?.trimStart().startsWith('{')) return;
    const actions = jsonStatements(text).flatMap((s) =>
      wildcardActions({ effect: s.Effect, principal: 'Principal' in s || 'NotPrincipal' in s, actions: elementStrings(s.Action), resources: elementStrings(s.Resource) }),
    );
    if (actions.length > 0 && this.once(value)) this.report(value, 'wildcardStatement', { data: { action: actions.join('`, `') } });
  }

  /** `policy: JSON.stringify(doc)` / `policy=json.dumps(doc)`: the document is bound to a name. */
  private followVariable(name: Value): void {
    const variable = this.pulumi.variable(name.text, name);
    if (!variable || this.followed.has(variable.value.start) || this.isResource(variable.value)) return;
    this.followed.add(variable.value.start);
    this.check(variable.value);
  }

  private isResource(value: Value): boolean {
    return this.pulumi.allResources().some((r) => r.start === value.start);
  }
}

function check({ pulumi, report }: RuleContext): void {
  for (const attachment of pulumi.resources(...ATTACHMENTS)) {
    const arn = attachment.arg('policyArn');
    if (arn) checkManagedPolicy(arn.value, report);
  }
  const documents = new DocumentChecker(pulumi, report);
  for (const role of pulumi.resources('aws.iam.Role')) {
    for (const arn of role.arg('managedPolicyArns')?.value.elements() ?? []) checkManagedPolicy(arn, report);
    const inline = role.arg('inlinePolicies');
    if (inline) documents.check(inline.value);
  }
  for (const policy of pulumi.resources(...INLINE_POLICIES)) {
    const document = policy.arg('policy');
    if (document) documents.check(document.value);
  }
}

export default defineRule({
  meta: {
    id: 'iam-broad-managed-policy',
    title: 'Broad AWS managed policy or wildcard IAM statement',
    description: 'Reports AdministratorAccess, PowerUserAccess and *FullAccess attachments, and Allow statements of `*` actions on `Resource: "*"`',
    languages: ['ts', 'py'],
    severity: 'warning',
    fixSafety: 'none',
    messages: {
      broadManagedPolicy:
        'The AWS managed policy {{policy}} grants {{grant}}; attach a policy of your own that allows only the actions this workload calls, on the ARNs of its resources',
      wildcardStatement:
        'This statement allows `{{action}}` on `Resource: "*"`; list only the actions the workload calls and scope Resource to the ARNs it uses',
    },
    fact: 'IAM best practice is least privilege: grant only the actions a workload needs on the resources it uses. AdministratorAccess, PowerUserAccess and *FullAccess managed policies, and Allow statements of `*` / `<service>:*` on `Resource: "*"`, grant far more.',
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-use-aws-defined-policies',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html',
    ],
  },
  ts: check,
  py: check,
});
