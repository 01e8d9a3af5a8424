const aws = require("@pulumi/aws");

const audioBucket = new aws.s3.Bucket('podcast-audio-bucket', {});

const audioBucketRequestPayment = new aws.s3.BucketRequestPaymentConfiguration('podcast-audio-bucket-request-payment', {
    bucket: audioBucket.id,
    payer: 'Requester',
});

const audioBucketAccelerate = new aws.s3.BucketAccelerateConfiguration('podcast-audio-bucket-accelerate', {
    bucket: audioBucket.id,
    status: 'Enabled',
});

const audioBucketPolicy = new aws.s3.BucketPolicy('podcast-audio-bucket-policy', {
    bucket: audioBucket.id,
    policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: 'arn:aws:s3:::podcast-audio-bucket/*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }],
    }),
});

module.exports = { audioBucket: audioBucket.bucket };
