"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const env = pulumi.getStack();

const siteBucket = new aws.s3.Bucket('site-bucket', {
    bucket: 'static-site-' + env,
    website: { indexDocument: 'index.html' },
});

const ordersTable = new aws.dynamodb.Table('orders', {
    name: 'orders-' + env,
    hashKey: 'orderId',
    attributes: [{ name: 'orderId', type: 'S' }],
    billingMode: 'PAY_PER_REQUEST',
});

exports.bucketName = siteBucket.bucket;
exports.tableName = ordersTable.name;
