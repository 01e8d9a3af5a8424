import pulumi_aws as aws

key = aws.kms.Key("ecr-key")
repo = aws.ecr.Repository(
    "app",
    encryption_configurations=[
        aws.ecr.RepositoryEncryptionConfigurationArgs(encryption_type="KMS", kms_key=key.arn),
    ],
)
