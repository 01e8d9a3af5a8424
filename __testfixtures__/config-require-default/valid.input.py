import pulumi
import pulumi_aws as aws

config = pulumi.Config()
aws_config = pulumi.Config("aws")

# env-suffix-fallback owns the environment suffix
environment_suffix = config.require("environment_suffix")
other_suffix = config.get("environment_suffix") or "dev"

# no default anywhere: the value must come from the stack
notification_email = config.require("notification_email")  # e.g. "ops@example.com"

# the default belongs to another namespace
app_region = config.get("region") or "us-east-1"
provider_region = aws_config.require("region")

# a default that is not a literal
api_name = config.get("api_name") or f"{environment_suffix}-api"
required_api_name = config.require("api_name")

# guarded: require only runs when a value is set
master_password = config.require_secret("db_password") if config.get_secret("db_password") else pulumi.Output.secret("ChangeMe123!")

# a secret never gets a literal default
# iacfix-expect: secretDefault
api_token = config.require_secret("api_token")
fallback_token = config.get_secret("api_token") or "changeme"

topic = aws.sns.Topic(
    f"alerts-{environment_suffix}",
    tags={"Email": notification_email, "Region": f"{app_region}-{provider_region}", "Api": required_api_name},
)

pulumi.export("topic_arn", topic.arn)
