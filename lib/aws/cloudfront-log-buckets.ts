/**
 * Which S3 buckets receive CloudFront access logs, and through which
 * mechanism (FACTS.md §3):
 * - standard logging (legacy), a Distribution's `loggingConfig.bucket`: it
 *   writes through the bucket ACL (a grant to the awslogsdelivery account),
 *   so the bucket needs ACLs enabled;
 * - standard logging v2, CloudWatch vended log delivery: a LogDeliverySource
 *   for the distribution, a LogDeliveryDestination whose
 *   `destinationResourceArn` is the bucket, joined by a LogDelivery; it is
 *   authorised by a bucket policy for `delivery.logs.amazonaws.com`.
 */
import { resourceOfArg, type PulumiFile, type Resource, type Value } from '../pulumi/model';
import { BUCKET_TYPES } from './elb-log-buckets';

const DISTRIBUTION = 'aws.cloudfront.Distribution';

export interface LegacyLogTarget {
  bucket: Resource;
  distributions: Resource[];
}

/**
 * The bucket a `loggingConfig.bucket` value names: `logs.bucketDomainName`,
 * `logs.bucketRegionalDomainName`, or a string built around `logs.bucket`
 * (`${logs.bucket}.s3.amazonaws.com`, `Output.concat(logs.bucket, ".s3.amazonaws.com")`).
 */
function bucketNamedBy(pulumi: PulumiFile, value: Value): Resource | undefined {
  const candidates = [value, ...value.parts().flatMap((p) => (p.kind === 'expression' && p.value ? [p.value] : [])), ...(value.asCall()?.args ?? [])];
  for (const candidate of candidates) {
    const resource = pulumi.resourceOf(candidate);
    if (resource && BUCKET_TYPES.includes(resource.type)) return resource;
  }
  return undefined;
}

/** The buckets named as the target of CloudFront standard logging (legacy), each with the distributions that log to it. */
export function legacyLogTargets(pulumi: PulumiFile): LegacyLogTarget[] {
  const targets = new Map<Resource, Resource[]>();
  for (const distribution of pulumi.resources(DISTRIBUTION)) {
    const config = distribution.arg('loggingConfig')?.value;
    const ref = config?.kind === 'object' ? config.prop('bucket')?.value : undefined;
    const bucket = ref && bucketNamedBy(pulumi, ref);
    if (bucket) targets.set(bucket, [...(targets.get(bucket) ?? []), distribution]);
  }
  return [...targets].map(([bucket, distributions]) => ({ bucket, distributions }));
}


/** The buckets that a CloudWatch log delivery joins to a CloudFront distribution's delivery source (standard logging v2). */
export function v2LogBuckets(pulumi: PulumiFile): Resource[] {
  const buckets = new Set<Resource>();
  for (const delivery of pulumi.resources('aws.cloudwatch.LogDelivery')) {
    const source = resourceOfArg(pulumi, delivery, 'deliverySourceName');
    const destination = resourceOfArg(pulumi, delivery, 'deliveryDestinationArn');
    if (source?.type !== 'aws.cloudwatch.LogDeliverySource' || destination?.type !== 'aws.cloudwatch.LogDeliveryDestination') continue;
    if (resourceOfArg(pulumi, source, 'resourceArn')?.type !== DISTRIBUTION) continue;
    const bucket = resourceOfArg(pulumi, destination, 'deliveryDestinationConfiguration', 'destinationResourceArn');
    if (bucket && BUCKET_TYPES.includes(bucket.type)) buckets.add(bucket);
  }
  return [...buckets];
}
