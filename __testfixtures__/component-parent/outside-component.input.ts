import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

// top-level resources and plain helper classes have no component to belong to
const logs = new aws.s3.Bucket("logs");

class Naming {
  constructor(private readonly prefix: string) {}
  bucket(suffix: string): aws.s3.Bucket {
    return new aws.s3.Bucket(`${this.prefix}-${suffix}`, {});
  }
}

export class AppStack extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super("tap:app:AppStack", name, {}, opts);
    const makeTopic = function (topicName: string) {
      // a `function` expression has its own `this`: not the component
      return new aws.sns.Topic(topicName, {});
    };
    makeTopic(`${name}-alerts`);
    const publish = async () => {
      // an AWS SDK client in runtime code, not a resource
      const sns = new aws.sdk.SNS({ region: "us-east-1" });
      return sns;
    };
    this.registerOutputs({ logs: logs.id, naming: new Naming(name), publish });
  }

  static shared(): aws.sns.Topic {
    return new aws.sns.Topic("shared-topic", {});
  }
}
