import uuid

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
project_name = config.get("projectName") or "cicd"
environment = pulumi.get_stack()

# Generate unique suffix to avoid naming conflicts
project_name_unique = f"{project_name}"

common_tags = {"Project": project_name, "Environment": environment}

vpc = aws.ec2.Vpc(
    f"{project_name_unique}-vpc",
    cidr_block="10.0.0.0/16",
    tags={**common_tags, "Name": f"{project_name_unique}-vpc"},
)

artifact_bucket = aws.s3.Bucket(
    f"{project_name_unique}-artifacts",
    bucket=f"{project_name_unique}-artifacts-{environment}",
    tags={**common_tags, "Name": f"{project_name_unique}-artifacts"},
)

pulumi.export("bucket_name", artifact_bucket.bucket)
