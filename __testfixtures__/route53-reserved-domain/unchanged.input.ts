import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";
const alarmEmail = config.get("alarmEmail") || "admin@example.com";

// private zones are not known to be refused
const internalZone = new aws.route53.Zone(`internal-${environmentSuffix}`, {
  name: "internal.example.com",
  vpcs: [{ vpcId: vpc.id }],
});

// other domains, and names that only contain the words
const publicZone = new aws.route53.Zone(`public-${environmentSuffix}`, { name: `shop-${environmentSuffix}.example.com.au` });
const lookalike = new aws.route53.Zone("lookalike", { name: "myexample.com" });
const fromArgs = new aws.route53.Zone("from-config", { name: config.require("zoneName") });

// no zone of this program is under example.com: a certificate alone is left to the user
new aws.acm.Certificate("api-cert", { domainName: "api.example.com", validationMethod: "DNS" });
new aws.sns.TopicSubscription("alarm-email", { topic: topic.arn, protocol: "email", endpoint: alarmEmail });
