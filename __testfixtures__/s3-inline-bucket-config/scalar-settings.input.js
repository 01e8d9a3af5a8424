const aws = require("@pulumi/aws");

const audioBucket = new aws.s3.Bucket('podcast-audio-bucket', {
    requestPayer: 'Requester',
    accelerationStatus: 'Enabled',
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
