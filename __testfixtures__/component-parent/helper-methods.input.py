import json

import pulumi
import pulumi_aws as aws


class ServerlessStack(pulumi.ComponentResource):
    def __init__(self, name: str, opts=None):
        super().__init__("tap:serverless:ServerlessStack", name, None, opts)
        self.role = self._create_role(name)

        def make_queue(queue_name):
            return aws.sqs.Queue(queue_name, visibility_timeout_seconds=60)

        self.queues = [make_queue(f"{name}-{n}") for n in ("orders", "emails")]
        self.register_outputs({})

    def _create_role(self, name):
        return aws.iam.Role(
            f"{name}-lambda-role",
            assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": []}),
        )
