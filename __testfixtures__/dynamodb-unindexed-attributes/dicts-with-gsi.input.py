from pulumi_aws import dynamodb

jobs_table = dynamodb.Table(
    "jobs",
    billing_mode="PAY_PER_REQUEST",
    hash_key="job_id",
    attributes=[
        {"name": "job_id", "type": "S"},
        {"name": "status", "type": "S"},
        {"name": "created_at", "type": "S"},
        {"name": "owner", "type": "S"},
        {"name": "priority", "type": "N"},
    ],
    global_secondary_indexes=[{
        "name": "StatusIndex",
        "hash_key": "status",
        "range_key": "created_at",
        "projection_type": "ALL",
    }],
)
