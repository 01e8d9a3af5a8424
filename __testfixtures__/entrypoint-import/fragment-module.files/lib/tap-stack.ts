const cluster = new aws.rds.Cluster(`aurora-cluster-${environmentSuffix}`, {
  engine: 'aurora-postgresql',
  engineVersion: '15.8',
});
