const aws = require("@pulumi/aws");

class TapStack {}
new aws.s3.Bucket("logs");

module.exports = { TapStack };
