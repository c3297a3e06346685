"""A confidential app client from a Python program, through the cognito-app-client provider plugin."""

import pulumi
import pulumi_cognito_app_client as cognito

config = pulumi.Config()

client = cognito.UserPoolClient(
    "client",
    user_pool_id=config.require("userPoolId"),
    generate_secret=True,
    # Change it to rotate the generated secret in place (the previous one stays valid as previous_client_secret).
    rotate_secret_when_changed={"rotation": config.get("secretRotation") or "2026-12"},
    allowed_oauth_flows=["code"],
    allowed_oauth_flows_user_pool_client=True,
    allowed_oauth_scopes=["openid", "email"],
    callback_urls=[config.get("callbackUrl") or "https://app.example.com/callback"],
    supported_identity_providers=["COGNITO"],
    refresh_token_validity=7,
    token_validity_units={"refresh_token": "days"},
)

pulumi.export("clientId", client.client_id)
pulumi.export("clientSecret", client.client_secret)  # always a Pulumi secret
pulumi.export("previousClientSecret", client.previous_client_secret)
