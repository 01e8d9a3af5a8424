import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, environmentSuffix: string, opts?: pulumi.ComponentResourceOptions) {
    super("tap:stack:TapStack", name, {}, opts);

    const albLogsBucket = new aws.s3.Bucket(`tap-alb-logs-${environmentSuffix}`, { forceDestroy: true }, { parent: this });

    // Get ALB service account for the region
    const albServiceAccount = aws.elb.getServiceAccount({});

    new aws.s3.BucketPolicy(
      `tap-alb-logs-policy-${environmentSuffix}`,
      {
        bucket: albLogsBucket.id,
        policy: pulumi
          .all([albLogsBucket.arn, albServiceAccount])
          .apply(([bucketArn, account]) =>
            JSON.stringify({
              Version: '2012-10-17',
              Statement: [
                {
                  Sid: 'AllowALBLogging',
                  Effect: 'Allow',
                  Principal: {
                    AWS: account.arn,
                  },
                  Action: 's3:PutObject',
                  Resource: `${bucketArn}/*`,
                },
                {
                  Sid: 'AWSLogDeliveryAclCheck',
                  Effect: 'Allow',
                  Principal: { Service: 'elasticloadbalancing.amazonaws.com' },
                  Action: 's3:GetBucketAcl',
                  Resource: bucketArn,
                },
              ],
            })
          ),
      },
      { parent: this }
    );

    // the target group invokes a Lambda function: this principal is right here
    new aws.lambda.Permission(`alb-invoke-${environmentSuffix}`, {
      action: "lambda:InvokeFunction",
      function: "api-handler",
      principal: "elasticloadbalancing.amazonaws.com",
    }, { parent: this });
  }
}
