import * as aws from '@pulumi/aws';

const dbPassword = 'ChangeMe123!';

const db = new aws.rds.Instance('app-db', {
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  allocatedStorage: 20,
  username: 'app',
  password: dbPassword, // iacfix-expect: reusedManaged
  skipFinalSnapshot: true,
});

new aws.secretsmanager.SecretVersion('app-db-credentials', {
  secretId: 'app-db',
  secretString: JSON.stringify({ username: 'app', password: dbPassword }),
});

new aws.dms.Endpoint('legacy-source', {
  endpointId: 'legacy-source',
  endpointType: 'source',
  engineName: 'mysql',
  serverName: 'legacy.internal',
  port: 3306,
  username: 'admin',
  password: 'SourcePassword123!', // iacfix-expect: externalPassword
});

export const address = db.address;
