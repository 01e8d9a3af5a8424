import pulumi
from pulumi import ResourceOptions
import pulumi_aws as aws


class StorageStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts: ResourceOptions = None):
        super().__init__("tap:storage:StorageStack", name, None, opts)

        self.metadata_table = aws.dynamodb.Table(
            f"file-metadata-{environment_suffix}",
            args=aws.dynamodb.TableArgs(
                billing_mode="PAY_PER_REQUEST",
                hash_key="file_id",
                attributes=[
                    aws.dynamodb.TableAttributeArgs(
                        name="file_id",
                        type="S",
                    ),
                    aws.dynamodb.TableAttributeArgs(
                        name="upload_timestamp",
                        type="N",
                    ),
                ],
                global_secondary_indexes=[
                    aws.dynamodb.TableGlobalSecondaryIndexArgs(
                        name="timestamp-index",
                        hash_key="upload_timestamp",
                        projection_type="ALL",
                    ),
                ],
            ),
            opts=ResourceOptions(parent=self),
        )

        self.register_outputs({"table_name": self.metadata_table.name})
