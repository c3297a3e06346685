"""The generated Python SDK (sdk/python) under the Pulumi Python SDK's mocks: run by scripts/setup-python.sh --test
with the venv of .tools/python-venv, where the SDK is installed from the wheel it builds.

The mock monitor stands in for the engine: it records each RegisterResource request and, as the engine does, marks the
outputs the request names in additionalSecretOutputs as secrets. So the tests see what the generated classes send
(type token, camelCase names, secret inputs, resource options from the schema) and what a program gets back.
"""

import unittest

from google.protobuf import struct_pb2

import pulumi
from pulumi.runtime import mocks, rpc

import pulumi_cognito_app_client as cac
from pulumi_cognito_app_client import config as cac_config

TYPE = "cognito-app-client:index:UserPoolClient"
GENERATED_SECRET = "generated-secret-0123456789abcdef"


def secret_fields(struct):
    """Names of the top-level fields of a serialized property struct that are secret-wrapped."""
    return sorted(
        k
        for k, v in struct.items()
        if isinstance(v, struct_pb2.Struct)
        and rpc._special_sig_key in v
        and v[rpc._special_sig_key] == rpc._special_secret_sig
    )


class Mocks(pulumi.runtime.Mocks):
    def new_resource(self, args):
        if args.typ != TYPE:
            return args.name + "_id", args.inputs
        state = dict(args.inputs)
        state.setdefault("name", args.name)
        state["clientId"] = "client-" + args.name
        if state.get("generateSecret"):
            state["clientSecret"] = GENERATED_SECRET
        return state["clientId"], state

    def call(self, args):
        return {}


class EngineLikeMonitor(mocks.MockMonitor):
    def __init__(self, m):
        super().__init__(m)
        self.requests = []

    def RegisterResource(self, request):
        self.requests.append(request)
        response = super().RegisterResource(request)
        for key in request.additionalSecretOutputs:
            if key in response.object.fields:
                value = rpc.deserialize_property(response.object[key])
                response.object[key] = {rpc._special_sig_key: rpc._special_secret_sig, "value": value}
        return response

    def request(self, name):
        return next(r for r in self.requests if r.name == name)


MONITOR = EngineLikeMonitor(Mocks())


def setUpModule():
    pulumi.runtime.set_mocks(Mocks(), project="sdk-test", stack="dev", preview=False, monitor=MONITOR)
    pulumi.runtime.set_config("cognito-app-client:region", "eu-west-1")


class GeneratedPythonSdk(unittest.TestCase):
    def test_package_metadata(self):
        self.assertEqual(cac._utilities.get_version(), "0.1.0")
        self.assertTrue(hasattr(cac, "UserPoolClient"))
        self.assertTrue(hasattr(cac, "UserPoolClientTokenValidityUnitsArgs"))

    @pulumi.runtime.test
    def test_confidential_client(self):
        client = cac.UserPoolClient(
            "web",
            user_pool_id="eu-west-1_abc123",
            generate_secret=True,
            explicit_auth_flows=["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            allowed_oauth_flows_user_pool_client=True,
            access_token_validity=60,
            auth_session_validity=5,
            token_validity_units=cac.UserPoolClientTokenValidityUnitsArgs(access_token="minutes"),
        )

        async def check():
            await client.urn.future()  # registered
            request = MONITOR.request("web")
            self.assertEqual(request.type, TYPE)
            self.assertTrue(request.custom)
            self.assertIn("clientSecret", request.additionalSecretOutputs)
            self.assertLessEqual({"generateSecret", "region", "userPoolId"}, set(request.replaceOnChanges))
            sent = rpc.deserialize_properties(request.object)
            self.assertEqual(sent["userPoolId"], "eu-west-1_abc123")
            self.assertEqual(sent["explicitAuthFlows"], ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"])
            self.assertIs(sent["generateSecret"], True)
            self.assertEqual(sent["accessTokenValidity"], 60)
            self.assertEqual(sent["authSessionValidity"], 5)
            self.assertEqual(sent["tokenValidityUnits"], {"accessToken": "minutes"})

            self.assertTrue(await client.client_secret.is_secret())
            self.assertEqual(await client.client_secret.future(), GENERATED_SECRET)
            self.assertFalse(await client.client_id.is_secret())
            self.assertEqual(await client.client_id.future(), "client-web")
            self.assertEqual(await client.id.future(), "client-web")
            self.assertEqual(await client.name.future(), "web")
            units = await client.token_validity_units.future()
            self.assertEqual(units.access_token, "minutes")
            self.assertIsNone(units.id_token)

        return check()

    @pulumi.runtime.test
    def test_custom_secret_goes_out_as_a_secret(self):
        client = cac.UserPoolClient(
            "custom",
            user_pool_id="eu-west-1_abc123",
            client_secret="my-own-secret-of-24-chars-or-more",
            token_validity_units={"refresh_token": "days"},
        )

        async def check():
            await client.urn.future()
            request = MONITOR.request("custom")
            self.assertEqual(secret_fields(request.object), ["clientSecret"])
            sent = rpc.deserialize_properties(request.object, keep_unknowns=True)
            self.assertEqual(sent["tokenValidityUnits"], {"refreshToken": "days"})
            self.assertTrue(await client.client_secret.is_secret())
            self.assertEqual(await client.client_secret.future(), "my-own-secret-of-24-chars-or-more")

        return check()

    def test_user_pool_id_is_required(self):
        with self.assertRaisesRegex(TypeError, "user_pool_id"):
            cac.UserPoolClient("no-pool")

    @pulumi.runtime.test
    def test_provider_and_config(self):
        provider = cac.Provider("eu", region="eu-central-1")
        client = cac.UserPoolClient(
            "via-provider", user_pool_id="eu-central-1_xyz", opts=pulumi.ResourceOptions(provider=provider)
        )

        async def check():
            await client.urn.future()
            request = MONITOR.request("eu")
            self.assertEqual(request.type, "pulumi:providers:cognito-app-client")
            self.assertEqual(rpc.deserialize_properties(request.object)["region"], "eu-central-1")
            self.assertTrue(MONITOR.request("via-provider").provider.startswith("urn:pulumi:dev::sdk-test::"))
            self.assertEqual(cac_config.region, "eu-west-1")
            self.assertEqual(await client.user_pool_id.future(), "eu-central-1_xyz")

        return check()


if __name__ == "__main__":
    unittest.main()
