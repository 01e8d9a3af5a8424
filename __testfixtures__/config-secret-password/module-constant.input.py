"""Secure web application infrastructure."""
from typing import List

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# Get configuration values with defaults
ALLOWED_CIDRS: List[str] = config.get_object("allowed_cidrs") or ["10.0.0.0/8"]

# Secure configuration for sensitive data
DB_PASSWORD_SECRET = config.require_secret("db_password")

encrypted_db_password = aws.kms.Ciphertext(
    "encrypted-db-password",
    key_id=app_kms_key.key_id,
    plaintext=DB_PASSWORD_SECRET,
)

database = aws.rds.Instance(
    "app-database",
    engine="postgres",
    instance_class="db.t3.micro",
    allocated_storage=20,
    username="dbadmin",
    password=DB_PASSWORD_SECRET,
    skip_final_snapshot=True,
)
