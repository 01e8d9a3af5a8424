import os

import pulumi

config = pulumi.Config()
environment_suffix = os.environ.get("ENVIRONMENT_SUFFIX") or config.get("environmentSuffix") or "dev"
db_password = config.require_secret("dbPassword")
region = config.require("region")
suffix_secret = config.require_secret("environmentSuffix")

pulumi.export("names", {"suffix": environment_suffix, "region": region})
