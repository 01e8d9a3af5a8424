import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const environmentSuffix = config.get('environmentSuffix') || 'dev';
const projectNames = [`build-${environmentSuffix}`, `test-${environmentSuffix}`];

const dashboardBody = JSON.stringify({
  widgets: [
    {
      type: 'metric',
      x: 0,
      y: 0,
      width: 12,
      height: 6,
      properties: {
        metrics: projectNames.map((projectName) => ['AWS/CodeBuild', 'SuccessfulBuilds', { ProjectName: projectName, stat: 'Sum' }]),
        title: 'Successful builds',
      },
    },
    {
      type: 'metric',
      properties: {
        metrics: [
          ['AWS/ApiGateway', 'Count', { ApiName: `api-${environmentSuffix}`, Stage: 'prod' }],
          ['.', '5XXError', { ApiName: `api-${environmentSuffix}`, Stage: 'prod' }],
        ],
        title: 'API requests',
      },
    },
  ],
});

export const dashboard = new aws.cloudwatch.Dashboard(`pipeline-dashboard-${environmentSuffix}`, {
  dashboardName: `pipeline-${environmentSuffix}`,
  dashboardBody,
});
