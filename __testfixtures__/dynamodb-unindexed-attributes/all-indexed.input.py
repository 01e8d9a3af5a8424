import pulumi_aws as aws

messages = aws.dynamodb.Table(
    "messages",
    billing_mode="PROVISIONED",
    read_capacity=5,
    write_capacity=5,
    hash_key="channel_id",
    range_key="sent_at",
    attributes=[
        aws.dynamodb.TableAttributeArgs(name="channel_id", type="S"),
        aws.dynamodb.TableAttributeArgs(name="sent_at", type="N"),
        aws.dynamodb.TableAttributeArgs(name="author_id", type="S"),
        aws.dynamodb.TableAttributeArgs(name="thread_id", type="S"),
    ],
    local_secondary_indexes=[
        aws.dynamodb.TableLocalSecondaryIndexArgs(
            name="thread-index",
            range_key="thread_id",
            projection_type="KEYS_ONLY",
        ),
    ],
    global_secondary_indexes=[
        aws.dynamodb.TableGlobalSecondaryIndexArgs(
            name="author-index",
            hash_key="author_id",
            range_key="sent_at",
            projection_type="ALL",
            read_capacity=5,
            write_capacity=5,
        ),
    ],
    ttl=aws.dynamodb.TableTtlArgs(attribute_name="expires_at", enabled=True),
)
