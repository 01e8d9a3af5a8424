import uuid

import pulumi
import pulumi_aws as aws


class DataStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts=None):
        super().__init__("tap:data:DataStack", name, None, opts)

        self.table = aws.dynamodb.Table(
            f"{name}-events",
            aws.dynamodb.TableArgs(
                name=f"events-{environment_suffix}",
                billing_mode="PAY_PER_REQUEST",
                hash_key="event_id",
                attributes=[aws.dynamodb.TableAttributeArgs(name="event_id", type="S")],
            ),
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.topic = aws.sns.Topic(
            f"{name}-notifications",
            name=f"notifications-{environment_suffix}",
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.register_outputs({"table_name": self.table.name})
