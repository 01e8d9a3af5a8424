"""Secure web application infrastructure."""
from typing import List

import pulumi
import pulumi_aws as aws
import pulumi_random as random

config = pulumi.Config()

# Get configuration values with defaults
ALLOWED_CIDRS: List[str] = config.get_object("allowed_cidrs") or ["10.0.0.0/8"]

db_password = random.RandomPassword(
    "db-password",
    length=30,
    special=True,
    override_special="!#$%&*()-_=+[]{}<>:?",
)
db_password_secret = aws.secretsmanager.Secret(
    "db-password",
    description="Generated database password (replaces the db_password config secret)",
)
aws.secretsmanager.SecretVersion(
    "db-password",
    secret_id=db_password_secret.id,
    secret_string=db_password.result,
)

# Secure configuration for sensitive data
DB_PASSWORD_SECRET = db_password.result

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
