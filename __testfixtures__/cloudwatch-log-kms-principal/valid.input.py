import json

import pulumi
import pulumi_aws as aws
from pulumi_aws import cloudwatch, kms

region = aws.get_region().name
account_id = aws.get_caller_identity().account_id

# the policy already lets CloudWatch Logs use the key
logs_key = kms.Key(
    "logs-key",
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [
            {"Sid": "Root", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account_id}:root"}, "Action": "kms:*", "Resource": "*"},
            {"Sid": "Logs", "Effect": "Allow", "Principal": {"Service": f"logs.{region}.amazonaws.com"}, "Action": ["kms:Encrypt*", "kms:Decrypt*"], "Resource": "*"},
        ],
    }),
)
cloudwatch.LogGroup("app-logs", kms_key_id=logs_key.arn)

# no log group uses this key
data_key = kms.Key("data-key", enable_key_rotation=True)

# a key passed in from elsewhere
def make_log_group(key_arn):
    return cloudwatch.LogGroup("external-logs", kms_key_id=key_arn)

# the policy comes from a helper: it cannot be read
def key_policy():
    return json.dumps({"Version": "2012-10-17", "Statement": []})

helper_key = kms.Key("helper-key", policy=key_policy())
cloudwatch.LogGroup("helper-logs", kms_key_id=helper_key.arn)

# a policy document without the root statement is reported
no_root_key = kms.Key(
    "no-root-key",
    # iacfix-expect: grantLogs
    policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/admin"}, "Action": "kms:*", "Resource": "*"}]}),
)
cloudwatch.LogGroup("no-root-logs", kms_key_id=no_root_key.arn)
