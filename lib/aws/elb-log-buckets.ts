/**
 * Which S3 buckets receive Elastic Load Balancing access logs, and from which
 * load balancers: a bucket named in a load balancer's `accessLogs` block, or
 * one whose bucket policy is written for ELB log delivery (FACTS.md §1.2).
 */
import type { PulumiFile, Resource, Value } from '../pulumi/model';

export const BUCKET_TYPES = ['aws.s3.Bucket', 'aws.s3.BucketV2'];
/** Load balancers that may be application (or network/gateway, told apart by `loadBalancerType`). */
const ELBV2_TYPES = ['aws.lb.LoadBalancer', 'aws.alb.LoadBalancer'];
const CLASSIC_ELB_TYPES = ['aws.elb.LoadBalancer'];
/** Words that only a bucket policy written for ELB log delivery contains (FACTS.md §1.2). */
const ELB_POLICY_WORDS = ['elasticloadbalancing.amazonaws.com', 'getServiceAccount', 'get_service_account'];

/** The buckets that receive ELB access logs: resources, and bucket names given as literals. */
export class LogBuckets {
  private readonly resources = new Set<Resource>();
  private readonly names = new Set<string>();

  constructor(private readonly pulumi: PulumiFile) {}

  add(ref: Value): void {
    const bucket = this.bucketOf(ref);
    if (bucket) {
      this.resources.add(bucket);
      const name = bucket.arg('bucket')?.value.string;
      if (name !== undefined) this.names.add(name);
    } else if (ref.string !== undefined) {
      this.names.add(ref.string);
    }
  }

  /** `logsBucket.id`, `this.logsBucket.bucket`, or the literal name of a log bucket. */
  has(ref: Value): boolean {
    const bucket = this.bucketOf(ref);
    if (bucket) return this.includes(bucket);
    return ref.string !== undefined && this.names.has(ref.string);
  }

  includes(bucket: Resource): boolean {
    const name = bucket.arg('bucket')?.value.string;
    return this.resources.has(bucket) || (name !== undefined && this.names.has(name));
  }

  private bucketOf(ref: Value): Resource | undefined {
    const resource = this.pulumi.resourceOf(ref);
    return resource && BUCKET_TYPES.includes(resource.type) ? resource : undefined;
  }
}

/** ALB when `loadBalancerType` is absent (the default) or "application"; NLB, GWLB and non-literals are not. */
function isApplication(lb: Resource): boolean {
  const type = lb.arg('loadBalancerType');
  return !type || type.value.string === 'application';
}

/** The bucket an `accessLogs` block names, unless logging is switched off in so many words. */
function accessLogsBucket(lb: Resource): Value | undefined {
  const logs = lb.arg('accessLogs')?.value;
  if (logs?.kind !== 'object' || logs.prop('enabled')?.value.literal === false) return undefined;
  return logs.prop('bucket')?.value;
}

function allLoadBalancers(pulumi: PulumiFile): Resource[] {
  return pulumi.resources(...ELBV2_TYPES, ...CLASSIC_ELB_TYPES);
}

/** Whether a load balancer delivers its access logs through the ELB account / logdelivery principal: an ALB or a Classic Load Balancer. */
export function usesElbLogDelivery(lb: Resource): boolean {
  return CLASSIC_ELB_TYPES.includes(lb.type) || isApplication(lb);
}

/** The buckets that receive ALB or Classic Load Balancer access logs (NLB logs follow other rules, FACTS.md §1.2). */
export function collectLogBuckets(pulumi: PulumiFile): LogBuckets {
  const buckets = new LogBuckets(pulumi);
  for (const lb of allLoadBalancers(pulumi).filter(usesElbLogDelivery)) {
    const ref = accessLogsBucket(lb);
    if (ref) buckets.add(ref);
  }
  for (const policy of pulumi.resources('aws.s3.BucketPolicy')) {
    const text = policy.arg('policy')?.value;
    const ref = policy.arg('bucket')?.value;
    if (text && ref && ELB_POLICY_WORDS.some((word) => text.mentions(word))) buckets.add(ref);
  }
  return buckets;
}

/** The load balancers of any kind whose `accessLogs` name the bucket `ref` refers to. */
export function loadBalancersLoggingTo(pulumi: PulumiFile, ref: Value): Resource[] {
  return allLoadBalancers(pulumi).filter((lb) => {
    const target = accessLogsBucket(lb);
    if (!target) return false;
    const targetBucket = pulumi.resourceOf(target);
    const bucket = pulumi.resourceOf(ref);
    if (targetBucket || bucket) return targetBucket === bucket;
    return target.string !== undefined && target.string === ref.string;
  });
}
