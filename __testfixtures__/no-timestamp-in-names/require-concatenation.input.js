"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const env = pulumi.getStack();
const deployTime = new Date().getTime();

const siteBucket = new aws.s3.Bucket('site-bucket-' + deployTime, {
    bucket: 'static-site-' + env + '-' + deployTime,
    website: { indexDocument: 'index.html' },
});

const ordersTable = new aws.dynamodb.Table('orders', {
    name: 'orders-' + env + '-' + String(Date.now()),
    hashKey: 'orderId',
    attributes: [{ name: 'orderId', type: 'S' }],
    billingMode: 'PAY_PER_REQUEST',
});

exports.bucketName = siteBucket.bucket;
exports.tableName = ordersTable.name;
