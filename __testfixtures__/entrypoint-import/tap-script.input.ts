/**
 * Pulumi application entry point for the TAP (Test Automation Platform) infrastructure.
 */
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import { TapStack } from '../lib/tap-stack';

const config = new pulumi.Config();
const environmentSuffix =
  process.env.ENVIRONMENT_SUFFIX || config.get('env') || 'dev';

const defaultTags = {
  Environment: environmentSuffix,
  Repository: config.get('repository') || 'unknown',
};

const provider = new aws.Provider('aws', {
  region: process.env.AWS_REGION || 'us-east-1',
  defaultTags: { tags: defaultTags },
});

// Instantiate the main stack component for the infrastructure.
new TapStack(
  'pulumi-infra',
  { tags: defaultTags },
  { provider }
);
