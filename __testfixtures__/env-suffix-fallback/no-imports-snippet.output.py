"""Stack settings shared by every module."""

import os

config = pulumi.Config()
environment_suffix = os.environ.get("ENVIRONMENT_SUFFIX") or config.get("environmentSuffix") or "dev"
