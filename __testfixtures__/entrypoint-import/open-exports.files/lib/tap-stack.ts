import * as aws from '@pulumi/aws';

new aws.s3.Bucket('logs');

export * from './components';
