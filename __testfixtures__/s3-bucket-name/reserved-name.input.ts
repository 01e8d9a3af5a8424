import * as aws from "@pulumi/aws";

// S3 rejects these names, but no rewrite is obviously right: reported only
new aws.s3.Bucket("punycode", { bucket: "xn--bucket" });  // iacfix-expect: unrepairable
new aws.s3.Bucket("alias", { bucket: "reports-s3alias" });  // iacfix-expect: unrepairable
new aws.s3.Bucket("ip", { bucket: "192.168.5.4" });  // iacfix-expect: unrepairable
