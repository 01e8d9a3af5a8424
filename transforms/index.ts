/**
 * The rule registry, in the order rules run on each pass: the catalog order
 * of RULES.md, except that no-timestamp-in-names runs before s3-bucket-name,
 * so a name loses its timestamp before it is lowercased (the two fixes touch
 * the same expression, and the first one reported wins the pass).
 */
import type { Rule } from '../lib/rule';
import albLogBucketSseS3 from './alb-log-bucket-sse-s3';
import ecrDefaultEncryption from './ecr-default-encryption';
import noTimestampInNames from './no-timestamp-in-names';
import s3BucketName from './s3-bucket-name';
import secretRotationDependsOn from './secret-rotation-depends-on';
import dynamodbUnindexedAttributes from './dynamodb-unindexed-attributes';
import componentParent from './component-parent';
import iamBroadManagedPolicy from './iam-broad-managed-policy';
import regionScattered from './region-scattered';
import envSuffixFallback from './env-suffix-fallback';
import rdsEngineVersion from './rds-engine-version';

export const rules: readonly Rule[] = [
  albLogBucketSseS3,
  ecrDefaultEncryption,
  secretRotationDependsOn,
  noTimestampInNames,
  s3BucketName,
  dynamodbUnindexedAttributes,
  componentParent,
  iamBroadManagedPolicy,
  regionScattered,
  rdsEngineVersion,
  envSuffixFallback,
];
