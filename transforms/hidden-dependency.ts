/**
 * hidden-dependency
 *
 * Fact: Pulumi creates resources in parallel unless one refers to another
 * (an implicit dependency) or lists it in the `dependsOn` option. Some AWS
 * resources only work once another exists, without referring to it; each
 * pair below carries its fact and source (the Pulumi notes are in the
 * @pulumi/aws 7.x .d.ts files):
 * - apigateway.Deployment → the Methods and Integrations of its REST API: a
 *   deployment snapshots the API as it is when created ("this resource must
 *   have dependencies on all prior resources that manage resources/paths,
 *   methods, integrations"; apigateway/deployment.d.ts).
 * - apigateway.IntegrationResponse → the Integration of its method ("Depends
 *   on having aws.apigateway.Integration inside your rest api ... add an
 *   explicit dependsOn for clean runs"; apigateway/integrationResponse.d.ts).
 * - ecs.Service with a load balancer → the listener forwarding to its target
 *   group: ECS rejects a target group that is not attached to a load
 *   balancer yet ("The target group ... does not have an associated load
 *   balancer"; AWS CloudFormation user guide, AWS::ECS::Service, which asks
 *   for a DependsOn on the listener).
 * - s3.BucketPolicy → the BucketPublicAccessBlock of the same bucket: Block
 *   Public Access is on by default and rejects a public policy until the
 *   relaxing block exists (FACTS.md §3).
 * - cloudtrail.Trail → the BucketPolicy of its bucket: CloudTrail checks the
 *   policy when the trail is created (the Trail example in
 *   cloudtrail/trail.d.ts has `dependsOn: [exampleBucketPolicy]`).
 * - ec2.NatGateway (public) and an ec2.Eip associated with an instance or a
 *   network interface → the internet gateway of the same VPC ("EIP may
 *   require IGW to exist prior to association. Use dependsOn"; ec2/eip.d.ts;
 *   the public NAT example in ec2/natGateway.d.ts has `dependsOn:
 *   [exampleAwsInternetGateway]`).
 * Sources for the option itself: FACTS.md §10.
 */
import { defineRule } from '../lib/define-rule';
import { referenceTo } from '../lib/pulumi/depends-on';
import { nodeType, type PulumiFile, type Resource, type Value } from '../lib/pulumi/model';
import { camelToSnake } from '../lib/pulumi/py/names';
import type { Located, RuleContext } from '../lib/rule';
import type { Edit } from '../lib/text/edits';

/** One known hidden ordering: the resources a dependent must wait for. */
interface Pair {
  dependents: string[];
  /** what the dependent waits for, in the message */
  what: string;
  /** why, in the message */
  why: string;
  /** `waits` tells whether the dependent already waits for a resource */
  targets(pulumi: PulumiFile, dependent: Resource, waits: (target: Resource) => boolean): Resource[];
}

const LISTENERS = ['aws.lb.Listener', 'aws.alb.Listener'];
const LISTENER_RULES = ['aws.lb.ListenerRule', 'aws.alb.ListenerRule'];
const INTERNET_GATEWAYS = ['aws.ec2.InternetGateway', 'aws.ec2.InternetGatewayAttachment'];

function argValue(resource: Resource, name: string): Value | undefined {
  return resource.arg(name)?.value;
}

/** Whether two values name the same thing: the same resource (`api.id`, `api`), or the same text when neither is one. */
function same(pulumi: PulumiFile, a: Value | undefined, b: Value | undefined): boolean {
  if (!a || !b) return false;
  const [ra, rb] = [pulumi.resourceOf(a), pulumi.resourceOf(b)];
  return ra || rb ? ra === rb : a.text === b.text;
}

/** Whether `value` reads `target` anywhere (`tg.arn`, `{ arn: tg.arn }`). */
function refersTo(pulumi: PulumiFile, value: Value | undefined, target: Resource): boolean {
  if (!value) return false;
  return [value, ...value.descendants('name'), ...value.descendants('member')].some((v) => pulumi.resourceOf(v) === target);
}

/** The HTTP method a value names: a literal (`"GET"`), or the `httpMethod` of the Method it reads (`method.httpMethod`). */
function httpMethod(pulumi: PulumiFile, value: Value | undefined): string | undefined {
  const method = value && pulumi.resourceOf(value);
  const literal = method?.type === 'aws.apigateway.Method' ? argValue(method, 'httpMethod') : value;
  return (literal?.string ?? value?.text)?.toUpperCase();
}

const deploymentPair: Pair = {
  dependents: ['aws.apigateway.Deployment'],
  what: 'the methods and integrations of its REST API',
  why: 'API Gateway snapshots the API when the deployment is created, and fails while the API has no method, or a method no integration',
  targets: (pulumi, deployment) =>
    pulumi.resources('aws.apigateway.Method', 'aws.apigateway.Integration').filter((r) => same(pulumi, argValue(r, 'restApi'), argValue(deployment, 'restApi'))),
};

const integrationResponsePair: Pair = {
  dependents: ['aws.apigateway.IntegrationResponse'],
  what: 'the integration of its method',
  why: 'API Gateway refuses an integration response for a method that has no integration yet',
  targets: (pulumi, response) =>
    pulumi.resources('aws.apigateway.Integration').filter(
      (integration) =>
        same(pulumi, argValue(integration, 'restApi'), argValue(response, 'restApi')) &&
        same(pulumi, argValue(integration, 'resourceId'), argValue(response, 'resourceId')) &&
        httpMethod(pulumi, argValue(integration, 'httpMethod')) === httpMethod(pulumi, argValue(response, 'httpMethod')),
    ),
};

/** The listeners forwarding to a target group, or else the listener rules that do: one of them attaches it to the load balancer. */
function forwardersOf(pulumi: PulumiFile, targetGroup: Resource): Resource[] {
  const listeners = pulumi.resources(...LISTENERS).filter((l) => refersTo(pulumi, argValue(l, 'defaultActions'), targetGroup));
  return listeners.length > 0 ? listeners : pulumi.resources(...LISTENER_RULES).filter((r) => refersTo(pulumi, argValue(r, 'actions'), targetGroup));
}

const ecsServicePair: Pair = {
  dependents: ['aws.ecs.Service'],
  what: 'the listener (or listener rule) that forwards to its target group',
  why: 'ECS rejects a target group that is not attached to a load balancer yet ("does not have an associated load balancer")',
  targets: (pulumi, service, waits) => {
    const entries = argValue(service, 'loadBalancers')?.elements() ?? [];
    const targetGroups = entries.flatMap((entry) => {
      const arn = entry.kind === 'object' ? entry.prop('targetGroupArn')?.value : undefined;
      const group = arn && pulumi.resourceOf(arn);
      return group ? [group] : [];
    });
    return targetGroups.flatMap((group) => {
      const forwarders = forwardersOf(pulumi, group);
      // one forwarder already waited for attaches the group
      return forwarders.some(waits) ? [] : forwarders;
    });
  },
};

/** A block that lets a public policy in: `blockPublicPolicy: false` (the default, true, rejects one). */
function relaxesPolicies(block: Resource): boolean {
  return argValue(block, 'blockPublicPolicy')?.literal === false;
}

const bucketPolicyPair: Pair = {
  dependents: ['aws.s3.BucketPolicy'],
  what: 'the public access block that lets its bucket take a public policy',
  why: 'S3 Block Public Access is on by default and rejects a public policy until the block that relaxes it exists',
  targets: (pulumi, policy) =>
    pulumi.resources('aws.s3.BucketPublicAccessBlock').filter((block) => relaxesPolicies(block) && same(pulumi, argValue(block, 'bucket'), argValue(policy, 'bucket'))),
};

const trailPair: Pair = {
  dependents: ['aws.cloudtrail.Trail'],
  what: 'the bucket policy of its S3 bucket',
  why: 'CloudTrail checks the bucket policy when the trail is created and fails with InsufficientS3BucketPolicyException while it is missing',
  targets: (pulumi, trail) => pulumi.resources('aws.s3.BucketPolicy').filter((policy) => same(pulumi, argValue(policy, 'bucket'), argValue(trail, 's3BucketName'))),
};

/** The VPC a subnet value belongs to: the `vpcId` of the Subnet it reads. */
function vpcOfSubnet(pulumi: PulumiFile, subnet: Value | undefined): Value | undefined {
  const resource = subnet && pulumi.resourceOf(subnet);
  return resource?.type === 'aws.ec2.Subnet' ? argValue(resource, 'vpcId') : undefined;
}

/**
 * The internet gateways (and attachments) of a VPC; when the VPC cannot be
 * told, the program's only internet gateway and its attachments.
 */
function internetGatewaysOf(pulumi: PulumiFile, vpc: Value | undefined): Resource[] {
  const gateways = pulumi.resources(...INTERNET_GATEWAYS);
  if (vpc) return gateways.filter((g) => same(pulumi, argValue(g, 'vpcId'), vpc));
  return pulumi.resources('aws.ec2.InternetGateway').length === 1 ? gateways : [];
}

const natGatewayPair: Pair = {
  dependents: ['aws.ec2.NatGateway'],
  what: 'the internet gateway of its VPC',
  why: 'a public NAT gateway needs the VPC\'s internet gateway, which nothing in its arguments waits for',
  targets: (pulumi, nat) => (argValue(nat, 'connectivityType')?.string === 'private' ? [] : internetGatewaysOf(pulumi, vpcOfSubnet(pulumi, argValue(nat, 'subnetId')))),
};

/** The VPC an EIP is associated in: through its instance's or network interface's subnet. */
function vpcOfAssociation(pulumi: PulumiFile, eip: Resource): Value | undefined {
  const holder = ['instance', 'networkInterface'].map((name) => argValue(eip, name)).find(Boolean);
  const resource = holder && pulumi.resourceOf(holder);
  return resource && vpcOfSubnet(pulumi, argValue(resource, 'subnetId'));
}

const eipPair: Pair = {
  dependents: ['aws.ec2.Eip'],
  what: 'the internet gateway of its VPC',
  why: 'an EIP associated with an instance or a network interface needs the VPC\'s internet gateway to exist first',
  targets: (pulumi, eip) => (argValue(eip, 'instance') || argValue(eip, 'networkInterface') ? internetGatewaysOf(pulumi, vpcOfAssociation(pulumi, eip)) : []),
};

const PAIRS: Pair[] = [deploymentPair, integrationResponsePair, ecsServicePair, bucketPolicyPair, trailPair, natGatewayPair, eipPair];

/** A new local for an unbound target: its class name, `integration` / `internet_gateway`. */
function bindingName(target: Resource): Record<RuleContext['language'], string> {
  const ts = target.className[0].toLowerCase() + target.className.slice(1);
  return { ts, py: camelToSnake(ts) };
}

const LOOPS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement', 'for_statement', 'while_statement']);
const BLOCKS = new Set(['BlockStatement', 'StaticBlock', 'SwitchCase']);

/**
 * Where a name for `target` holds that one resource: the loop it is created
 * in (the name holds the last one after it), or the TS block its local is
 * declared in; undefined when anywhere after it in scope.
 */
function enclosure(target: Resource): Located | undefined {
  const member = /^(this|self)\./.test(target.binding ?? '');
  for (let value = target.name?.parent(); value; value = value.parent()) {
    const type = nodeType(value);
    if (LOOPS.has(type) || (!member && BLOCKS.has(type))) return value;
  }
  return undefined;
}

function canName(target: Resource, dependent: Resource): boolean {
  const around = enclosure(target);
  return !around || (around.start <= dependent.start && dependent.end <= around.end);
}

/**
 * The resources a dependent states it depends on: its `dependsOn` option, and
 * one written among its arguments (depends-on-in-args moves it), through
 * `const` lists; undefined when one of them is not a resource the tree can
 * resolve (`depends_on=integrations`), which may be the one wanted.
 */
function statedDependencies(ctx: RuleContext, dependent: Resource): Resource[] | undefined {
  const misplaced = dependent.args?.kind === 'object' ? dependent.args.props().find((p) => p.key === ctx.pulumi.propName('dependsOn'))?.value : undefined;
  const resources: Resource[] = [];
  const seenLists = new Set<number>();
  const pending = [...dependent.dependsOn(), ...(misplaced ? [misplaced] : [])];
  for (let value = pending.shift(); value; value = pending.shift()) {
    const resource = ctx.pulumi.resourceOf(value);
    const list = value.kind === 'name' ? ctx.pulumi.variable(value.text, value)?.value : value;
    if (resource) resources.push(resource);
    else if (list?.kind === 'array' && !list.hasSpread() && !seenLists.has(list.start)) {
      seenLists.add(list.start);
      pending.push(...list.elements());
    } else return undefined;
  }
  return resources;
}

/** Whether the dependent already waits for `target`: it lists it, reads it in its arguments, or has it as its parent. */
function waitsFor(pulumi: PulumiFile, dependent: Resource, stated: Resource[], target: Resource): boolean {
  return stated.includes(target) || refersTo(pulumi, dependent.args, target) || refersTo(pulumi, dependent.option('parent')?.value, target);
}

/**
 * Reports what `dependent` should wait for and does not. `taken` collects the
 * names this run's fixes bind, so that two fixes applied in one pass do not
 * declare the same name.
 */
function checkDependent(ctx: RuleContext, pair: Pair, dependent: Resource, taken: string[]): void {
  const { pulumi, report } = ctx;
  const stated = statedDependencies(ctx, dependent);
  if (!stated) return;
  const option = pulumi.propName('dependsOn');
  const waits = (target: Resource) => waitsFor(pulumi, dependent, stated, target);
  const missing = pair.targets(pulumi, dependent, waits).filter((t) => t !== dependent && !waits(t));
  const refs: string[] = [];
  const bindEdits: Edit[] = [];
  const unreachable = new Set<string>();
  for (const target of missing) {
    const reference = canName(target, dependent) ? referenceTo(ctx, target, dependent, bindingName(target), taken) : undefined;
    if (!reference) {
      unreachable.add(target.className);
      continue;
    }
    refs.push(reference.ref);
    if (reference.edits.length > 0) taken.push(reference.ref);
    bindEdits.push(...reference.edits);
  }
  // options the tree cannot see into may list them already
  if (unreachable.size > 0 && dependent.setsOption('dependsOn') !== undefined) {
    report(dependent, 'unreachable', { data: { dependent: dependent.className, what: pair.what, targets: [...unreachable].join(', '), option } });
  }
  if (refs.length === 0) return;
  report(dependent, 'addDependsOn', {
    data: { dependent: dependent.className, what: pair.what, why: pair.why, refs: refs.join(', '), option },
    fix: () => {
      const dependsOnEdits = dependent.addDependsOn(refs);
      return dependsOnEdits && [...bindEdits, ...dependsOnEdits];
    },
  });
}

function check(ctx: RuleContext): void {
  const taken: string[] = [];
  for (const pair of PAIRS) {
    for (const dependent of ctx.pulumi.resources(...pair.dependents)) checkDependent(ctx, pair, dependent, taken);
  }
}

export default defineRule({
  meta: {
    id: 'hidden-dependency',
    title: 'Resource that must wait for another it does not refer to',
    description: 'Adds the known hidden orderings to dependsOn: API Gateway deployments and integration responses, ECS services behind a load balancer, bucket policies, CloudTrail trails, NAT gateways and EIPs',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      addDependsOn: 'This {{dependent}} does not wait for {{what}}: {{why}}; add {{refs}} to {{option}}',
      unreachable:
        'This {{dependent}} should wait for {{what}}, but it cannot name them ({{targets}}): they are declared after it, in a loop or another scope, or not bound to a name; bind them where it can read them and add them to {{option}}',
    },
    fact: 'Pulumi creates resources in parallel unless one refers to another or lists it in dependsOn; an API Gateway deployment needs the methods and integrations of its API, an integration response its integration, an ECS service behind a load balancer the listener of its target group, a bucket policy the public access block of its bucket, a CloudTrail trail its bucket policy, and a NAT gateway or associated EIP the internet gateway of its VPC.',
    sources: [
      '@pulumi/aws 7.x apigateway/deployment.d.ts ("must have dependencies on all prior resources that manage resources/paths, methods, integrations")',
      '@pulumi/aws 7.x apigateway/integrationResponse.d.ts ("Depends on having aws.apigateway.Integration inside your rest api")',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-service.html (DependsOn on the listener for a service behind a load balancer)',
      '../shared/FACTS.md §3 (Block Public Access: the BucketPublicAccessBlock before the BucketPolicy)',
      '@pulumi/aws 7.x cloudtrail/trail.d.ts (example: dependsOn: [exampleBucketPolicy])',
      '@pulumi/aws 7.x ec2/eip.d.ts ("EIP may require IGW to exist prior to association") and ec2/natGateway.d.ts (example: dependsOn: [exampleAwsInternetGateway])',
      '../shared/FACTS.md §10 (dependsOn / depends_on)',
    ],
  },
  ts: check,
  py: check,
});
