import pulumi
import pulumi_aws as aws

# module level and plain classes: no component to belong to
logs = aws.s3.Bucket("logs")


class Naming:
    def __init__(self, prefix):
        self.bucket = aws.s3.Bucket(f"{prefix}-assets")


class AppStack(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:app:AppStack", name, None, opts)
        self.register_outputs({"logs": logs.id})

    @staticmethod
    def shared_topic():
        return aws.sns.Topic("shared-topic")


def create_topic(name):
    return aws.sns.Topic(name)
