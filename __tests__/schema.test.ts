/**
 * The generated provider tables and the questions the schema rules ask of
 * them, with Python names checked against a sample of real Python SDK
 * (pulumi_aws) names: keyword arguments, `*Args` classes, functions and enum
 * members as the SDK spells them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { providerSchema, pythonName } from '../lib/aws/schema';
import { inferMajor } from '../lib/aws/target-schema';
import { providerRefs } from '../lib/aws/provider-refs';
import { loadPython } from '../lib/python/parse';
import { pyFile, tsFile } from './helpers/pulumi-file';

beforeAll(() => loadPython());

const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

describe('the generated tables', () => {
  it.each([6, 7] as const)('v%i records the @pulumi/aws version it was generated from, the one package.json pins', (major) => {
    const pinned = pkg.devDependencies[`@pulumi/aws-v${major}`].replace('npm:@pulumi/aws@', '');
    expect(providerSchema(major).label).toBe(`@pulumi/aws ${pinned}`);
  });

  it('knows the classes each major added and removed (FACTS.md §4)', () => {
    const [v6, v7] = [providerSchema(6), providerSchema(7)];
    expect(v6.kindOf('s3', 'BucketVersioning', 'ts')).toBeUndefined();
    expect(v7.kindOf('s3', 'BucketVersioning', 'ts')).toBe('resource');
    expect(v7.kindOf('s3', 'BucketVersioningV2', 'ts')).toBe('resource');
    expect(v6.module('opsworks')).toBeDefined();
    expect(v7.module('opsworks')).toBeUndefined();
    expect(v6.resourceArgs('apigateway', 'Deployment')).toHaveProperty('stageName');
    expect(v7.resourceArgs('apigateway', 'Deployment')).not.toHaveProperty('stageName');
  });

  it('records nested input types, lists, required and deprecated fields', () => {
    const v7 = providerSchema(7);
    const bucket = v7.resourceArgs('s3', 'Bucket') ?? {};
    expect(v7.field(bucket, 'versioning', 'ts')?.info).toEqual({ deprecated: true, required: false, type: 's3.BucketVersioning', list: false });
    expect(v7.field(bucket, 'corsRules', 'ts')?.info.list).toBe(true);
    const sse = v7.resourceArgs('s3', 'BucketServerSideEncryptionConfiguration') ?? {};
    expect(v7.field(sse, 'bucket', 'ts')?.info.required).toBe(true);
    // a union of several input types (an IAM principal) is not checked against one of them
    const statement = v7.inputType('iam.PolicyStatement') ?? {};
    expect(v7.field(statement, 'Principal', 'ts')?.info.type).toBeUndefined();
  });
});

/** Real names of the Python SDK: [module, resource class, keyword argument]. */
const PYTHON_KEYWORDS: [string, string, string][] = [
  ['ec2', 'Vpc', 'cidr_block'],
  ['ec2', 'Vpc', 'enable_dns_hostnames'],
  ['ec2', 'Vpc', 'assign_generated_ipv6_cidr_block'],
  ['ec2', 'Subnet', 'map_public_ip_on_launch'],
  ['ec2', 'Subnet', 'ipv6_cidr_block'],
  ['ec2', 'Instance', 'vpc_security_group_ids'],
  ['ec2', 'Instance', 'ipv6_address_count'],
  ['ec2', 'Instance', 'metadata_options'],
  ['ec2', 'FlowLog', 'log_destination_type'],
  ['ec2', 'LaunchTemplate', 'iam_instance_profile'],
  ['rds', 'Cluster', 'master_username'],
  ['rds', 'Cluster', 'db_subnet_group_name'],
  ['rds', 'Cluster', 'serverlessv2_scaling_configuration'],
  ['rds', 'Instance', 'performance_insights_enabled'],
  ['lambda', 'Function', 'reserved_concurrent_executions'],
  ['lambda', 'Function', 'source_code_hash'],
  ['lambda', 'Function', 'vpc_config'],
  ['s3', 'BucketV2', 'force_destroy'],
  ['s3', 'BucketObjectv2', 'content_type'],
  ['iam', 'Role', 'assume_role_policy'],
  ['dynamodb', 'Table', 'point_in_time_recovery'],
  ['dynamodb', 'Table', 'global_secondary_indexes'],
  ['cloudfront', 'Distribution', 'default_cache_behavior'],
  ['ecs', 'Service', 'deployment_circuit_breaker'],
  ['kms', 'Key', 'enable_key_rotation'],
  ['lb', 'TargetGroup', 'health_check'],
  ['cloudwatch', 'MetricAlarm', 'alarm_actions'],
  ['elasticache', 'ReplicationGroup', 'num_cache_clusters'],
  ['autoscaling', 'Group', 'vpc_zone_identifiers'],
  ['apigateway', 'Integration', 'integration_http_method'],
  ['wafv2', 'WebAcl', 'visibility_config'],
];

/** Real `*Args` classes, functions and enum members of the Python SDK: [module, name]. */
const PYTHON_NAMES: [string, string][] = [
  ['ec2', 'SecurityGroupIngressArgs'],
  ['ec2', 'InstanceMetadataOptionsArgs'],
  ['s3', 'BucketServerSideEncryptionConfigurationV2RuleArgs'],
  ['s3', 'BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs'],
  ['s3', 'BucketV2Args'],
  ['lambda', 'FunctionEnvironmentArgs'],
  ['lambda', 'FunctionVpcConfigArgs'],
  ['ecs', 'ServiceNetworkConfigurationArgs'],
  ['rds', 'ClusterServerlessv2ScalingConfigurationArgs'],
  ['cloudfront', 'DistributionDefaultCacheBehaviorArgs'],
  ['ec2', 'get_ami'],
  ['ec2', 'AwaitableGetAmiResult'],
  ['iam', 'get_policy_document'],
  ['', 'get_caller_identity'],
  ['', 'get_availability_zones_output'],
  ['elb', 'get_service_account'],
];

describe('Python naming translation', () => {
  it.each(PYTHON_KEYWORDS)('aws.%s.%s takes %s', (module, cls, keyword) => {
    const schema = providerSchema(6);
    const args = schema.resourceArgs(module, cls) ?? {};
    expect(schema.field(args, keyword, 'py')).toBeDefined();
  });

  it.each(PYTHON_NAMES)('aws.%s exports %s', (module, name) => {
    expect(providerSchema(6).kindOf(module, name, 'py')).toBeDefined();
  });

  it('spells enum members in upper snake case and escapes keywords', () => {
    const v7 = providerSchema(7);
    expect(v7.enumMembers('lambda', 'Runtime', 'py')).toEqual(expect.arrayContaining(['PYTHON3D12', 'NODE_JS20D_X']));
    expect(v7.enumMembers('s3', 'CannedAcl', 'py')).toEqual(expect.arrayContaining(['PRIVATE', 'PUBLIC_READ']));
    expect(pythonName('lambda')).toBe('lambda_');
    expect(pythonName('ipv6CidrBlock')).toBe('ipv6_cidr_block');
  });

  it('accepts camelCase keys only in dicts', () => {
    const v7 = providerSchema(7);
    const website = v7.inputType('s3.BucketWebsite') ?? {};
    expect(v7.field(website, 'indexDocument', 'py', true)).toBeDefined();
    expect(v7.field(website, 'indexDocument', 'py')).toBeUndefined();
  });
});

describe('the major a file is written for', () => {
  const infer = (source: string, language: 'ts' | 'py') => {
    return inferMajor(providerRefs(language === 'ts' ? tsFile(source) : pyFile(source)));
  };

  it('reads the names only one major exports', () => {
    expect(infer('import * as aws from "@pulumi/aws";\nnew aws.opsworks.Stack("s", {});\n', 'ts')).toBe(6);
    expect(infer('import pulumi_aws as aws\naws.s3.BucketVersioning("v", bucket="b")\n', 'py')).toBe(7);
    expect(infer('import * as aws from "@pulumi/aws";\nnew aws.s3.BucketV2("b");\n', 'ts')).toBeUndefined();
  });
});
