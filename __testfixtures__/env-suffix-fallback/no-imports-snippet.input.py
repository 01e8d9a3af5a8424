"""Stack settings shared by every module."""

config = pulumi.Config()
environment_suffix = config.require("environmentSuffix")
