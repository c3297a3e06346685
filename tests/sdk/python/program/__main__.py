"""The smallest Python program worth an update: config in, a plain and a secret output, the generated SDK importable
from the program's interpreter. It creates no resource: that needs the provider plugin."""

import importlib.metadata

import pulumi
import pulumi_cognito_app_client  # noqa: F401  (the generated SDK imports in the program's interpreter)

config = pulumi.Config()
pulumi.export("greeting", "hello " + (config.get("who") or "nobody"))
pulumi.export("token", pulumi.Output.secret("not-a-real-secret"))
pulumi.export("sdkVersion", importlib.metadata.version("pulumi_cognito_app_client"))
