/**
 * The rule registry, in the order rules run on each pass (where two fixes
 * touch the same text, the first one reported wins the pass, and the other
 * is looked at again on the next): the catalog order of RULES.md, except
 * - no-timestamp-in-names runs before s3-bucket-name, so a name loses its
 *   timestamp before it is lowercased;
 * - the schema rules (unknown-resource-type, unknown-resource-property) run
 *   after the rules that know a failure in depth, so that, say,
 *   s3-inline-bucket-config converts a v6 `loggings` list before the generic
 *   rule would report it.
 */
import type { Rule } from '../lib/rule';
import albLogBucketSseS3 from './alb-log-bucket-sse-s3';
import ecrDefaultEncryption from './ecr-default-encryption';
import noTimestampInNames from './no-timestamp-in-names';
import s3BucketName from './s3-bucket-name';
import secretRotationDependsOn from './secret-rotation-depends-on';
import s3EncryptionArgsShape from './s3-encryption-args-shape';
import dynamodbUnindexedAttributes from './dynamodb-unindexed-attributes';
import s3AclOwnerEnforced from './s3-acl-owner-enforced';
import componentParent from './component-parent';
import cloudfrontLogBucketPolicy from './cloudfront-log-bucket-policy';
import iamBroadManagedPolicy from './iam-broad-managed-policy';
import s3DefaultEncryption from './s3-default-encryption';
import regionScattered from './region-scattered';
import rdsEngineVersion from './rds-engine-version';
import albLogBucketPolicyPrincipal from './alb-log-bucket-policy-principal';
import route53ReservedDomain from './route53-reserved-domain';
import unknownResourceType from './unknown-resource-type';
import unknownResourceProperty from './unknown-resource-property';
import dataSourceRenamedField from './data-source-renamed-field';
import dependsOnInArgs from './depends-on-in-args';
import apigatewayDeploymentStage from './apigateway-deployment-stage';
import entrypointImport from './entrypoint-import';
import unusedResourceBinding from './unused-resource-binding';
import s3InlineBucketConfig from './s3-inline-bucket-config';
import route53SetIdentifier from './route53-set-identifier';
import rdsCrossRegionKms from './rds-cross-region-kms';
import configSecretPassword from './config-secret-password';
import outputInString from './output-in-string';
import lambdaRuntime from './lambda-runtime';
import lambdaReservedEnv from './lambda-reserved-env';
import lambdaAssetPath from './lambda-asset-path';
import configRequireDefault from './config-require-default';
import hiddenDependency from './hidden-dependency';
import cloudwatchLogKmsPrincipal from './cloudwatch-log-kms-principal';
import cloudwatchRetention from './cloudwatch-retention';
import dashboardMetricDimensions from './dashboard-metric-dimensions';
import hardCodedAvailabilityZone from './hard-coded-availability-zone';
import hardCodedPassword from './hard-coded-password';
import pulumiYaml from './pulumi-yaml';
import envSuffixFallback from './env-suffix-fallback';

export const rules: readonly Rule[] = [
  albLogBucketSseS3,
  ecrDefaultEncryption,
  secretRotationDependsOn,
  noTimestampInNames,
  s3BucketName,
  s3EncryptionArgsShape,
  dynamodbUnindexedAttributes,
  s3AclOwnerEnforced,
  componentParent,
  cloudfrontLogBucketPolicy,
  iamBroadManagedPolicy,
  s3DefaultEncryption,
  regionScattered,
  rdsEngineVersion,
  albLogBucketPolicyPrincipal,
  route53ReservedDomain,
  entrypointImport,
  unusedResourceBinding,
  s3InlineBucketConfig,
  route53SetIdentifier,
  rdsCrossRegionKms,
  configSecretPassword,
  outputInString,
  lambdaRuntime,
  lambdaReservedEnv,
  lambdaAssetPath,
  configRequireDefault,
  hiddenDependency,
  cloudwatchLogKmsPrincipal,
  cloudwatchRetention,
  dashboardMetricDimensions,
  hardCodedAvailabilityZone,
  hardCodedPassword,
  pulumiYaml,
  dependsOnInArgs,
  apigatewayDeploymentStage,
  unknownResourceType,
  unknownResourceProperty,
  dataSourceRenamedField,
  envSuffixFallback,
];
