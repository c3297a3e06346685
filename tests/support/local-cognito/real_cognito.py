"""
The faithful local Cognito API: moto's cognito-idp, changed at import to behave like the real service for
user pool app clients, their managed login branding styles and their terms documents.

Importing this module patches moto in place (moto.cognitoidp.models and moto.cognitoidp.responses); nothing
else is needed. `server.py` imports it before starting moto's server.

Sources are cited with the tags of docs/local-cognito.md:
  MODEL   botocore cognito-idp service model (the installed botocore, pinned in requirements.txt)
  APIREF  AWS API reference pages for the operations
  DEVGUIDE  the Amazon Cognito Developer Guide
  WHATSNEW  AWS What's New announcements
  CLIEX   AWS CLI example outputs (real calls)
  TFTEST  terraform-provider-aws acceptance tests (run against real AWS)
  PASTE-* real outputs pasted in public repositories
and a confidence in brackets: [doc] documented, [obs] seen in real output, [inf] inferred from those, [chosen]
unverified: the documented reading, or a wording of our own. The table in docs/local-cognito.md has one row per
behaviour below.

Sections, in order:
  1. Errors                 the exceptions, in the service's JSON error form
  2. Model validation       every operation's input checked against the model's constraints; auth flow values
                            the model does not list yet
  3. User pools             the feature tier; session-tracking state
  4. App client storage     what a client keeps; Update replaces the whole configuration
  5. Response shape         what Create, Update and Describe return; the service's own list order
  6. Service rules          the cross-field rules of Create and Update
  7. Client secrets         generated secrets, custom secrets, two-secret rotation
  8. Secrets Manager        client secrets published in AWS Secrets Manager (PublishSecretsInAWSSecretsManager)
  9. Client types           REGULAR and DCR clients; the stand-in for the domain's registration endpoint
 10. Session configuration  client SSO session and pool session tracking
 11. Managed login branding app clients' branding styles: settings documents, assets, the request-size limit
 12. Terms documents        app clients' terms-of-use and privacy-policy links
 13. Operations             the request handlers
 14. Wiring                 the patches applied to moto
 15. Per-client surfaces    in modules of their own, loaded last: CIMD policies (cimd.py), threat protection of a
                            client (risk_configuration.py), the classic hosted UI of a client (ui_customization.py)
"""
from __future__ import annotations

import base64
import binascii
import calendar
import copy
import datetime
import hashlib
import json
import os
import string
import threading
from typing import Any, Callable
from urllib.parse import urlsplit

import regex
from botocore.model import OperationNotFoundError
from moto.core.exceptions import JsonRESTError
from moto.core.responses import ActionResult, EmptyResult
from moto.core.utils import get_service_model, utcnow
from moto.moto_api._internal import mock_random as random
from moto.settings import get_cognito_idp_user_pool_client_id_strategy
from moto.cognitoidp.models import (
    CognitoIdpBackend,
    CognitoIdpUserPool,
    CognitoIdpUserPoolAttribute,
    CognitoIdpUserPoolClient,
)
from moto.cognitoidp import models as cognito_models
from moto.cognitoidp.responses import CognitoIdpResponse
from moto.cognitoidp.utils import ID_HASH_STRATEGY, generate_id
from moto.moto_server.werkzeug_app import DomainDispatcherApplication
from moto.secretsmanager.models import secretsmanager_backends
from werkzeug.wrappers import Request, Response

SERVICE = "cognito-idp"

# One lock for every change this module makes: moto's server answers requests on several threads.
_LOCK = threading.RLock()


# ---------------------------------------------------------------------------------------------------------------
# 1. Errors
# ---------------------------------------------------------------------------------------------------------------


class CognitoError(JsonRESTError):
    """An error in the JSON protocol's form: HTTP 400, body {"__type": <exception name>, "message": <text>}."""

    def __init__(self, error_type: str, message: str):
        super().__init__(error_type, message)
        self.code = 400


def invalid_parameter(message: str) -> CognitoError:
    return CognitoError("InvalidParameterException", message)


def pool_not_found(user_pool_id: str) -> CognitoError:
    """'User pool <id> does not exist.' (moto's own wording; the service's is the same form)."""
    return CognitoError("ResourceNotFoundException", f"User pool {user_pool_id} does not exist.")


def client_not_found(client_id: str) -> CognitoError:
    """'User pool client <id> does not exist.' [obs] pasted logs of the auth calls; Describe/Update [chosen]."""
    return CognitoError("ResourceNotFoundException", f"User pool client {client_id} does not exist.")


# ---------------------------------------------------------------------------------------------------------------
# 2. Model validation
# ---------------------------------------------------------------------------------------------------------------
#
# [doc] MODEL constraints; [obs] message form from aws-cli#2894, iam-identity-center-team#133 and
# aws-cloudformation-user-guide#525: "N validation error(s) detected: Value '...' at 'path' failed to satisfy
# constraint: Member must ...", every failed constraint reported at once. Member paths are lowerCamel, list items
# are '<list>.<1-based index>.member'. Patterns match the whole value (Java's Pattern.matches); the `regex`
# module understands the model's \p{L}-style classes; \w, \d and \s get Java's ASCII meaning.
# Maps, blobs and documents: see _check_map, _check_blob and the Document case of _check.

_MODEL = get_service_model(SERVICE)  # loaded once, cached by moto; the same model moto serializes with
_PATTERNS: dict[str, Any] = {}


_JAVA_CLASSES = {"w": "A-Za-z0-9_", "d": "0-9", "s": " \\t\\n\\x0B\\f\\r"}


def _java_pattern(source: str) -> str:
    """The pattern with Java's ASCII-only \\w, \\d and \\s (Python's are Unicode-aware; \\p{..} must stay Unicode)."""
    out, i, in_class = [], 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\" and i + 1 < len(source):
            nxt = source[i + 1]
            if nxt in _JAVA_CLASSES:
                out.append(_JAVA_CLASSES[nxt] if in_class else f"[{_JAVA_CLASSES[nxt]}]")
            else:
                out.append(source[i:i + 2])
            i += 2
            continue
        if ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


def _pattern(source: str) -> Any:
    compiled = _PATTERNS.get(source)
    if compiled is None:
        compiled = _PATTERNS[source] = regex.compile(_java_pattern(source))
    return compiled


def _lower_camel(name: str) -> str:
    return name[:1].lower() + name[1:]


def _shown(value: Any, shape: Any) -> str:
    """How a value appears in a validation message: "Value '<v>' ", or "Value " alone for a sensitive member."""
    if shape.serialization.get("sensitive") or shape.metadata.get("sensitive"):
        return ""
    if isinstance(value, bool):
        return f"'{str(value).lower()}' "
    if isinstance(value, list):
        return "'[" + ", ".join(str(v) for v in value) + "]' "
    if isinstance(value, dict):
        return "'{" + ", ".join(f"{k}={v}" for k, v in value.items()) + "}' "
    return f"'{value}' "


class _SerializationError(Exception):
    pass


def _check(shape: Any, value: Any, path: str, errors: list[str]) -> None:
    kind = shape.type_name
    constraints = shape.metadata

    def fail(text: str) -> None:
        errors.append(f"Value {_shown(value, shape)}at '{path}' failed to satisfy constraint: Member must {text}")

    if kind == "structure" and shape.is_document_type:
        return  # [doc] MODEL Document: any JSON value; the operation checks what it needs of it
    if kind == "structure":
        if not isinstance(value, dict):
            raise _SerializationError(path)
        for name in shape.required_members:
            if value.get(name) is None:
                errors.append(f"Value null at '{_join(path, name)}' failed to satisfy constraint: Member must not be null")
        for name, member in shape.members.items():
            if value.get(name) is not None:
                _check(member, value[name], _join(path, name), errors)
    elif kind == "list":
        if not isinstance(value, list):
            raise _SerializationError(path)
        if "min" in constraints and len(value) < constraints["min"]:
            fail(f"have length greater than or equal to {constraints['min']}")
        if "max" in constraints and len(value) > constraints["max"]:
            fail(f"have length less than or equal to {constraints['max']}")
        for index, item in enumerate(value, start=1):
            if item is None:
                errors.append(f"Value null at '{path}.{index}.member' failed to satisfy constraint: Member must not be null")
            else:
                _check(shape.member, item, f"{path}.{index}.member", errors)
    elif kind == "map":
        if not isinstance(value, dict):
            raise _SerializationError(path)
        if "min" in constraints and len(value) < constraints["min"]:
            fail(f"have length greater than or equal to {constraints['min']}")
        if "max" in constraints and len(value) > constraints["max"]:
            fail(f"have length less than or equal to {constraints['max']}")
        _check_map(shape, value, path, errors)
    elif kind == "blob":
        _check_blob(shape, value, path, errors)
    elif kind == "string":
        if not isinstance(value, str):
            raise _SerializationError(path)
        if "enum" in constraints:
            allowed = list(constraints["enum"]) + [v for v in ENUM_ADDITIONS.get(shape.name, ()) if v not in constraints["enum"]]
            if value not in allowed:
                fail("satisfy enum value set: [" + ", ".join(allowed) + "]")
        if "pattern" in constraints and not _pattern(constraints["pattern"]).fullmatch(value):
            fail(f"satisfy regular expression pattern: {constraints['pattern']}")
        if "min" in constraints and len(value) < constraints["min"]:
            fail(f"have length greater than or equal to {constraints['min']}")
        if "max" in constraints and len(value) > constraints["max"]:
            fail(f"have length less than or equal to {constraints['max']}")
    elif kind in ("integer", "long"):
        if isinstance(value, bool) or not isinstance(value, int):
            raise _SerializationError(path)
        if "min" in constraints and value < constraints["min"]:
            fail(f"have value greater than or equal to {constraints['min']}")
        if "max" in constraints and value > constraints["max"]:
            fail(f"have value less than or equal to {constraints['max']}")
    elif kind == "boolean":
        if not isinstance(value, bool):
            raise _SerializationError(path)


_NESTED_KINDS = ("structure", "list", "map")


def _violates(shape: Any, value: Any) -> bool:
    scratch: list[str] = []
    _check(shape, value, "", scratch)
    return bool(scratch)


def _constraint_texts(shape: Any) -> list[str]:
    """Every constraint of a scalar shape, as "Member must ..." texts: enum, maximum, minimum, pattern."""
    constraints = shape.metadata
    measure = "value" if shape.type_name in ("integer", "long") else "length"
    texts = []
    if "enum" in constraints:
        allowed = list(constraints["enum"]) + [v for v in ENUM_ADDITIONS.get(shape.name, ()) if v not in constraints["enum"]]
        texts.append("satisfy enum value set: [" + ", ".join(allowed) + "]")
    if "max" in constraints:
        texts.append(f"have {measure} less than or equal to {constraints['max']}")
    if "min" in constraints:
        texts.append(f"have {measure} greater than or equal to {constraints['min']}")
    if "pattern" in constraints:
        texts.append(f"satisfy regular expression pattern: {constraints['pattern']}")
    return ["Member must " + text for text in texts]


def _check_map(shape: Any, value: dict[str, Any], path: str, errors: list[str]) -> None:
    """
    Keys and scalar values are reported once per map, naming every constraint of the key or value shape, not only
    the broken ones: "Value '{k=v, ...}' at 'links' failed to satisfy constraint: Map keys must satisfy constraint:
    [Member must have length less than or equal to 64, Member must have length greater than or equal to 1, Member
    must satisfy regular expression pattern: P]", "... Map value must satisfy constraint: [...]" ([obs] boto3#2601
    (QuickSight), serverless-secrets#39 (Lambda, a sensitive map: "Value at"), aws-service-catalog-factory#279 and
    terraform-provider-aws#41023 (CodePipeline): the same framework's form in other services; for Cognito [inf]).
    The value is shown as Java prints a map, {key=value, ...}, in request order [chosen]. Keys first, then values
    [chosen]. Structure values are checked member by member at '<map>.<key>.value' [chosen].
    """
    keys_broken = any(_violates(shape.key, key) for key in value)
    values_broken = False
    for key, item in value.items():
        if item is None:
            continue
        if shape.value.type_name in _NESTED_KINDS:
            _check(shape.value, item, f"{path}.{key}.value", errors)
        elif _violates(shape.value, item):
            values_broken = True
    for broken, which, member in ((keys_broken, "Map keys", shape.key), (values_broken, "Map value", shape.value)):
        if broken:
            errors.append(
                f"Value {_shown(value, shape)}at '{path}' failed to satisfy constraint: {which} must satisfy constraint: "
                "[" + ", ".join(_constraint_texts(member)) + "]"
            )


def _check_blob(shape: Any, value: Any, path: str, errors: list[str]) -> None:
    """
    A blob travels as base64 in JSON; anything else is a SerializationException [chosen]. Its length is that of the
    decoded bytes ([doc] MODEL AssetBytesType "max": 1000000 of an image's bytes), shown as Java's buffer:
    "Value 'java.nio.HeapByteBuffer[pos=0 lim=N cap=N]' at 'assets.1.member.bytes' failed to satisfy constraint:
    Member must have length less than or equal to 1000000" ([obs] pasted Rekognition, Kinesis and Firehose errors:
    the same framework's form in other services; for Cognito [inf]).
    """
    if not isinstance(value, str):
        raise _SerializationError(path)
    try:
        size = len(base64.b64decode(value, validate=True))
    except (binascii.Error, ValueError):
        raise _SerializationError(path) from None
    sensitive = shape.serialization.get("sensitive") or shape.metadata.get("sensitive")
    shown = "" if sensitive else f"'java.nio.HeapByteBuffer[pos=0 lim={size} cap={size}]' "
    constraints = shape.metadata
    for bound, broken, text in (
        ("min", lambda limit: size < limit, "greater"),
        ("max", lambda limit: size > limit, "less"),
    ):
        if bound in constraints and broken(constraints[bound]):
            errors.append(
                f"Value {shown}at '{path}' failed to satisfy constraint: Member must have length {text} than or equal to {constraints[bound]}"
            )


CLIENT_TOKEN_AUTH = "ALLOW_CLIENT_TOKEN_AUTH"
EXTRA_AUTH_FLOWS_VARIABLE = "LOCAL_COGNITO_EXTRA_AUTH_FLOWS"


def _extra_auth_flows() -> tuple[str, ...]:
    """
    Test option, not a service behaviour: LOCAL_COGNITO_EXTRA_AUTH_FLOWS (comma-separated) adds values to the
    ExplicitAuthFlows enum at start-up, standing in for a flow AWS adds later. They obey the generic rules of
    their form (an ALLOW_ value: those of ALLOW_ lists).
    """
    raw = os.environ.get(EXTRA_AUTH_FLOWS_VARIABLE, "")
    return tuple(dict.fromkeys(value.strip() for value in raw.split(",") if value.strip()))


ENUM_ADDITIONS: dict[str, tuple[str, ...]] = {
    "ExplicitAuthFlowsType": (CLIENT_TOKEN_AUTH, *_extra_auth_flows()),
}
"""
Values an enum accepts beyond the model's list. ALLOW_CLIENT_TOKEN_AUTH: [doc] APIREF GetClientToken ("enable the
ALLOW_CLIENT_TOKEN_AUTH authentication flow"); the model's ExplicitAuthFlowsType lags and does not list it.
A validation message lists the additions after the model's values [chosen].
"""


def _join(path: str, member: str) -> str:
    return f"{path}.{_lower_camel(member)}" if path else _lower_camel(member)


def model_validation_error(operation: str, params: Any) -> CognitoError | None:
    """The error the service's framework returns before the operation runs, or None when the input is valid."""
    try:
        shape = _MODEL.operation_model(operation).input_shape
    except OperationNotFoundError:
        return None
    if shape is None:
        return None
    errors: list[str] = []
    try:
        _check(shape, params, "", errors)
    except _SerializationError:
        return CognitoError("SerializationException", "The request body could not be read: a member has the wrong type.")
    if not errors:
        return None
    count = len(errors)
    noun = "error" if count == 1 else "errors"
    return invalid_parameter(f"{count} validation {noun} detected: " + "; ".join(errors))


# ---------------------------------------------------------------------------------------------------------------
# 3. User pools
# ---------------------------------------------------------------------------------------------------------------

POOL_TIERS = ("LITE", "ESSENTIALS", "PLUS")
DEFAULT_POOL_TIER = "ESSENTIALS"
"""[doc] MODEL UserPoolTier: new user pools default to Essentials. moto ignores the member's default."""


def pool_tier(pool: CognitoIdpUserPool) -> str:
    return getattr(pool, "real_tier", DEFAULT_POOL_TIER)


def _set_pool_tier(pool: CognitoIdpUserPool, tier: str | None) -> None:
    """Stores the tier and returns it in DescribeUserPool. UpdateUserPool without a tier keeps it [chosen]."""
    if tier:
        pool.real_tier = tier
    pool.extended_config["UserPoolTier"] = pool_tier(pool)


def pool_state(pool: CognitoIdpUserPool, attribute: str, empty: Callable[[], Any] = dict) -> Any:
    """What this module keeps on a moto pool under `attribute`, made empty on first use; it goes with the pool."""
    if not hasattr(pool, attribute):
        setattr(pool, attribute, empty())
    return getattr(pool, attribute)


def find_pool(backend: CognitoIdpBackend, user_pool_id: str) -> CognitoIdpUserPool:
    pool = backend.user_pools.get(user_pool_id)
    if pool is None:
        raise pool_not_found(user_pool_id)
    return pool


def find_client(backend: CognitoIdpBackend, user_pool_id: str, client_id: str) -> CognitoIdpUserPoolClient:
    client = find_pool(backend, user_pool_id).clients.get(client_id)
    if client is None:
        raise client_not_found(client_id)
    return client


# ---------------------------------------------------------------------------------------------------------------
# 4. App client storage
# ---------------------------------------------------------------------------------------------------------------
#
# A client keeps exactly the configuration members it was last sent (`client.config`), its secrets, its dates,
# its SSO session setting, its type (`client_type`) and, while its secret is published, the ARN of the Secrets
# Manager secret (`secret_arn`). moto's own code (sign-in, SECRET_HASH checks) reads `extended_config`,
# `generate_secret` and `secret`; those are kept in step after every change.

CONFIG_MEMBERS = (
    "RefreshTokenValidity", "AccessTokenValidity", "IdTokenValidity", "TokenValidityUnits",
    "ReadAttributes", "WriteAttributes", "ExplicitAuthFlows", "SupportedIdentityProviders",
    "CallbackURLs", "LogoutURLs", "DefaultRedirectURI", "AllowedOAuthFlows", "AllowedOAuthScopes",
    "AllowedOAuthFlowsUserPoolClient", "AnalyticsConfiguration", "PreventUserExistenceErrors",
    "EnableTokenRevocation", "EnablePropagateAdditionalUserContextData", "AuthSessionValidity",
    "RefreshTokenRotation",
)
LIST_MEMBERS = (
    "ReadAttributes", "WriteAttributes", "ExplicitAuthFlows", "SupportedIdentityProviders",
    "CallbackURLs", "LogoutURLs", "AllowedOAuthFlows", "AllowedOAuthScopes",
)


def requested_config(params: dict[str, Any]) -> dict[str, Any]:
    """
    The configuration a Create or Update request asks for: the members sent, and nothing else.

    An empty list counts as not sent: real AWS omits unset lists ([obs] every paste); what it returns after an
    explicit [] is unverified, and omitting it is [chosen]. Duplicates are removed [chosen].
    RefreshTokenValidity 0 means the default ([doc] MODEL: "overrides the value with the default value of 30 days").
    """
    config: dict[str, Any] = {}
    for name in CONFIG_MEMBERS:
        value = params.get(name)
        if value is None:
            continue
        if name in LIST_MEMBERS:
            value = service_order(value)
            if not value:
                continue
        if name == "RefreshTokenValidity" and value == 0:
            continue
        config[name] = value
    return config


def _sync_for_moto(client: CognitoIdpUserPoolClient) -> None:
    _SECRETS_BY_CLIENT_ID[client.id] = client.secrets
    client.extended_config = {"ClientName": client.name, **client.config}
    client.generate_secret = bool(client.secrets)
    primary = describe_secret(client) or (client.secrets[0] if client.secrets else None)
    client.secret = primary["value"] if primary else ""


_ID_ALPHABET = string.ascii_lowercase + string.digits


def new_client_id(pool: CognitoIdpUserPool, params: dict[str, Any]) -> str:
    """26 characters of [a-z0-9] ([obs] PASTE-2024/2025, CLIEX). moto's HASH strategy is kept when asked for."""
    if get_cognito_idp_user_pool_client_id_strategy() == ID_HASH_STRATEGY:
        return generate_id(ID_HASH_STRATEGY, pool.id, params.get("GenerateSecret"), params)[:26]
    while True:
        client_id = "".join(random.choice(_ID_ALPHABET) for _ in range(26))
        if client_id not in pool.clients:
            return client_id


def create_client(
    pool: CognitoIdpUserPool,
    account_id: str,
    params: dict[str, Any],
    config: dict[str, Any],
    client_type: str = "REGULAR",
) -> CognitoIdpUserPoolClient:
    client = CognitoIdpUserPoolClient(pool.id, False, {})
    client.id = new_client_id(pool, params)
    client.account_id = account_id
    client.region = pool.region
    client.name = params["ClientName"]
    client.config = config
    client.creation_date = client.last_modified_date = utcnow()
    client.rotation_configured = "RefreshTokenRotation" in config
    client.secrets = []
    client.original_secret_id = None
    client.last_secret_ms = 0
    client.sso_max_validity_minutes = None
    client.client_type = client_type
    client.secret_arn = None
    if params.get("GenerateSecret"):
        client.original_secret_id = add_secret(client, None, client.creation_date)["id"]
    elif params.get("ClientSecret") is not None:
        client.original_secret_id = add_secret(client, params["ClientSecret"], client.creation_date)["id"]
    _sync_for_moto(client)
    pool.clients[client.id] = client
    return client


def update_client(client: CognitoIdpUserPoolClient, params: dict[str, Any], config: dict[str, Any]) -> None:
    """
    UpdateUserPoolClient replaces the whole configuration: every member not sent goes back to its never-set
    default ([doc] MODEL/APIREF "If you don't provide a value for an attribute, Amazon Cognito sets it to its
    default value"; [obs] boto3#1607). moto merges instead.
    ClientName omitted keeps the old name [chosen, unverified]. Secrets are untouched (no secret member on Update,
    [doc] MODEL) but for PublishSecretsInAWSSecretsManager, which is section 8's and is not reset when omitted.
    LastModifiedDate changes, CreationDate never ([obs] CLIEX, PASTE-2025).
    """
    if params.get("ClientName") is not None:
        client.name = params["ClientName"]
    client.config = config
    client.rotation_configured = client.rotation_configured or "RefreshTokenRotation" in config
    client.last_modified_date = utcnow()
    _sync_for_moto(client)


# ---------------------------------------------------------------------------------------------------------------
# 5. Response shape
# ---------------------------------------------------------------------------------------------------------------


def service_order(values: list[Any]) -> list[Any]:
    """
    Lists come back in an order of the service's own, not the request's ([obs] CLIEX create reorders
    SupportedIdentityProviders, AllowedOAuthFlows and CallbackURLs; PASTE-2025 reorders LogoutURLs).
    Here: duplicates removed, sorted by the SHA-256 of the value, so the order is deterministic and independent of
    the request's [chosen].
    """
    unique = list(dict.fromkeys(values))
    return sorted(unique, key=service_rank)


def service_rank(value: Any) -> str:
    """Where a value goes in the service's own order (lists, document keys, assets): the SHA-256 of its text."""
    return hashlib.sha256(str(value).encode("utf-8")).hexdigest()


SERVICE_LINKED_ROLE = "arn:aws:iam::{account}:role/aws-service-role/cognito-idp.amazonaws.com/AWSServiceRoleForAmazonCognitoIdp"


def client_description(client: CognitoIdpUserPoolClient) -> dict[str, Any]:
    """
    The UserPoolClient structure of Create, Update and Describe (the same shape for all three).

    [obs] PASTE-2024/2025, TFTEST _basic/_nulls, CLIEX:
      - RefreshTokenValidity always present, 30 when unset (or sent as 0);
      - AccessTokenValidity, IdTokenValidity absent unless sent;
      - TokenValidityUnits {} when never sent, otherwise exactly the keys sent;
      - AuthSessionValidity 3, EnableTokenRevocation true, EnablePropagateAdditionalUserContextData false,
        AllowedOAuthFlowsUserPoolClient false: always present;
      - unset lists, DefaultRedirectURI, PreventUserExistenceErrors, AnalyticsConfiguration: absent;
      - RefreshTokenRotation absent on a client that never sent it; {Feature, RetryGracePeriodSeconds} with a
        grace of 0 when not sent; {DISABLED, 0} once an update omits it (TF #45646, PR #47374);
      - CreationDate/LastModifiedDate always present (epoch seconds with a fraction on the wire);
      - ClientType always present: REGULAR for clients of CreateUserPoolClient, DCR for registered ones ([doc]
        MODEL UserPoolClientType; always returned [chosen]);
      - ClientSecretArn instead of ClientSecret while the secret is published in Secrets Manager ([doc] MODEL).
    """
    config = client.config
    out: dict[str, Any] = {
        "UserPoolId": client.user_pool_id,
        "ClientName": client.name,
        "ClientId": client.id,
    }
    secret = describe_secret(client)
    if client.secret_arn:
        out["ClientSecretArn"] = client.secret_arn
    elif secret:
        out["ClientSecret"] = secret["value"]
    out["LastModifiedDate"] = client.last_modified_date
    out["CreationDate"] = client.creation_date
    out["RefreshTokenValidity"] = config.get("RefreshTokenValidity", 30)
    for name in ("AccessTokenValidity", "IdTokenValidity"):
        if name in config:
            out[name] = config[name]
    out["TokenValidityUnits"] = dict(config.get("TokenValidityUnits", {}))
    for name in LIST_MEMBERS:
        if config.get(name):
            out[name] = service_order(config[name])
    if "DefaultRedirectURI" in config:
        out["DefaultRedirectURI"] = config["DefaultRedirectURI"]
    out["AllowedOAuthFlowsUserPoolClient"] = config.get("AllowedOAuthFlowsUserPoolClient", False)
    if "AnalyticsConfiguration" in config:
        out["AnalyticsConfiguration"] = analytics_description(config["AnalyticsConfiguration"], client.account_id)
    if "PreventUserExistenceErrors" in config:
        out["PreventUserExistenceErrors"] = config["PreventUserExistenceErrors"]
    out["EnableTokenRevocation"] = config.get("EnableTokenRevocation", True)
    out["EnablePropagateAdditionalUserContextData"] = config.get("EnablePropagateAdditionalUserContextData", False)
    out["AuthSessionValidity"] = config.get("AuthSessionValidity", 3)
    if "RefreshTokenRotation" in config:
        rotation = config["RefreshTokenRotation"]
        out["RefreshTokenRotation"] = {
            "Feature": rotation["Feature"],
            "RetryGracePeriodSeconds": rotation.get("RetryGracePeriodSeconds", 0),
        }
    elif client.rotation_configured:
        out["RefreshTokenRotation"] = {"Feature": "DISABLED", "RetryGracePeriodSeconds": 0}
    out["ClientType"] = client.client_type
    return out


def analytics_description(analytics: dict[str, Any], account_id: str) -> dict[str, Any]:
    """
    With only ApplicationArn, RoleArn comes back as the Cognito service-linked role and UserDataShared as false
    ([obs] TFTEST). UserDataShared not sent reads back false with an application ID as well [chosen].
    """
    out = dict(analytics)
    if out.get("ApplicationArn") and not out.get("RoleArn"):
        out["RoleArn"] = SERVICE_LINKED_ROLE.format(account=account_id)
    out.setdefault("UserDataShared", False)
    return out


# ---------------------------------------------------------------------------------------------------------------
# 6. Service rules of CreateUserPoolClient and UpdateUserPoolClient
# ---------------------------------------------------------------------------------------------------------------
#
# Checked after the model constraints, in this order; the first broken rule is reported. Where a rule looks at
# list items, the items are taken in the service's order, so the error does not depend on the request's order.

USER_SCOPES = ("openid", "profile", "email", "phone", "aws.cognito.signin.user.admin")
DCR_REGISTER_SCOPE = "aws.cognito/dcr/register"
SYSTEM_SCOPES = (DCR_REGISTER_SCOPE,)
"""[doc] DEVGUIDE dynamic client registration: "a system-managed scope. You don't create a resource server for it"."""
LEGACY_AUTH_FLOWS = ("ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH")
TIERED_AUTH_FLOWS = ("ALLOW_USER_AUTH", "ALLOW_TOKEN_EXCHANGE_DELEGATION", "ALLOW_TOKEN_EXCHANGE_IMPERSONATION")
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]")
UNWRITABLE_ATTRIBUTES = ("sub", "email_verified", "phone_number_verified")
UNIT_SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}
# (validity member, unit key, default unit, default value or None when an unset value is not range-checked,
#  minimum seconds, maximum seconds)
TOKEN_RANGES = (
    ("AccessTokenValidity", "AccessToken", "hours", None, 5 * 60, 86400),
    ("IdTokenValidity", "IdToken", "hours", None, 5 * 60, 86400),
    ("RefreshTokenValidity", "RefreshToken", "days", 30, 60 * 60, 3650 * 86400),
)


def check_client_rules(
    pool: CognitoIdpUserPool, config: dict[str, Any], has_secret: bool, action: str
) -> None:
    """Raises the service's error for the first rule the configuration breaks. `action` is "creating" or "updating"."""
    _check_token_validity(config)
    _check_auth_flows(pool, config, has_secret)
    _check_urls(config)
    _check_oauth(pool, config, has_secret)
    _check_identity_providers(pool, config)
    _check_attributes(pool, config, action)
    _check_analytics(config)
    _check_user_context_data(config, has_secret)


def _check_token_validity(config: dict[str, Any]) -> None:
    """
    [doc] MODEL TokenValidityUnitsType + [obs] aws-cloudformation-user-guide#828, TF #30433: each validity is
    checked after its unit is applied (access and ID 5 minutes to 1 day, refresh 60 minutes to 3650 days):
    InvalidParameterException "Invalid range for token validity." Default units hours/hours/days.
    An unset access or ID validity is the 1-hour default and is not checked; an unset (or 0) refresh validity is
    30 in the refresh unit, so a refresh unit of minutes without a value is out of range ([obs] second-hand
    report that a unit without its value trips the check; the arithmetic is [chosen]).
    """
    units = config.get("TokenValidityUnits", {})
    for member, unit_key, default_unit, default_value, low, high in TOKEN_RANGES:
        value = config.get(member, default_value)
        if value is None:
            continue
        seconds = value * UNIT_SECONDS[units.get(unit_key, default_unit)]
        if not low <= seconds <= high:
            raise invalid_parameter("Invalid range for token validity.")


def _check_auth_flows(pool: CognitoIdpUserPool, config: dict[str, Any], has_secret: bool) -> None:
    """
    - Legacy values can't be mixed with ALLOW_ values ([doc] MODEL; wording [chosen]).
    - ALLOW_CLIENT_TOKEN_AUTH must be the only flow, on a client with a secret ([doc] APIREF GetClientToken;
      InvalidParameterException and wordings [chosen]); no tier needed [chosen].
    - An ALLOW_ list must contain ALLOW_REFRESH_TOKEN_AUTH unless refresh-token rotation is ENABLED
      ([obs] aws-cdk#7625 "REFRESH_TOKEN_AUTH should always be allowed."; TF #47196 for rotation); a list that is
      exactly [ALLOW_CLIENT_TOKEN_AUTH] is exempt ([doc] it must be the only flow).
    - With rotation ENABLED, ALLOW_REFRESH_TOKEN_AUTH is refused ([doc] AWS: the flow can't be used with rotation;
      [obs] TF #47196 reports the combination failing; exception and wording [chosen]).
    - ALLOW_USER_AUTH needs the Essentials tier or higher: FeatureUnavailableInTierException ([doc] MODEL); so do
      ALLOW_TOKEN_EXCHANGE_DELEGATION and ALLOW_TOKEN_EXCHANGE_IMPERSONATION ([doc] WHATSNEW 2026-11-12: token
      exchange is in the Essentials and Plus plans; refusing the configuration on Lite [chosen]). The token exchange
      values combine with any other ALLOW_ values and follow the rules above unchanged [chosen].
    """
    flows = config.get("ExplicitAuthFlows")
    if not flows:
        return
    legacy = [f for f in flows if f in LEGACY_AUTH_FLOWS]
    allow = [f for f in flows if f.startswith("ALLOW_")]
    if legacy and allow:
        raise invalid_parameter(
            "ExplicitAuthFlows can not mix legacy values (ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, "
            "USER_PASSWORD_AUTH) with values that begin with ALLOW_."
        )
    if CLIENT_TOKEN_AUTH in flows:
        if len(flows) > 1:
            raise invalid_parameter(f"{CLIENT_TOKEN_AUTH} can not be combined with other ExplicitAuthFlows.")
        if not has_secret:
            raise invalid_parameter(f"{CLIENT_TOKEN_AUTH} requires an app client with a client secret.")
        return
    rotation_enabled = config.get("RefreshTokenRotation", {}).get("Feature") == "ENABLED"
    if allow and not rotation_enabled and "ALLOW_REFRESH_TOKEN_AUTH" not in flows:
        raise invalid_parameter("REFRESH_TOKEN_AUTH should always be allowed.")
    if rotation_enabled and "ALLOW_REFRESH_TOKEN_AUTH" in flows:
        raise invalid_parameter("ALLOW_REFRESH_TOKEN_AUTH can not be used when refresh token rotation is enabled.")
    tier = pool_tier(pool)
    for flow in flows:
        if flow in TIERED_AUTH_FLOWS and tier == "LITE":
            raise CognitoError(
                "FeatureUnavailableInTierException",
                f"{flow} is not available in the LITE tier of user pool {pool.id}; it needs ESSENTIALS or PLUS.",
            )


def _check_urls(config: dict[str, Any]) -> None:
    """
    Callback, logout and default redirect URLs ([doc] MODEL):
      - http only to localhost, 127.0.0.1 or [::1]: "<url> cannot use the HTTP protocol." ([obs] pasted logs;
        logout URLs [inf]);
      - absolute, without a fragment ([doc]; wording [chosen]);
      - DefaultRedirectURI must be one of the CallbackURLs ([doc]; wording [chosen]).
    URLs are accepted without AllowedOAuthFlowsUserPoolClient ([obs] TFTEST _urls_utf8).
    """
    urls = list(config.get("CallbackURLs", [])) + list(config.get("LogoutURLs", []))
    if "DefaultRedirectURI" in config:
        urls.append(config["DefaultRedirectURI"])
    for url in urls:
        parts = urlsplit(url)
        if not parts.scheme or not (parts.netloc or parts.path):
            raise invalid_parameter(f"{url} is not an absolute URL.")
        if "#" in url:
            raise invalid_parameter(f"{url} cannot contain a fragment.")
        if parts.scheme.lower() == "http" and not _is_loopback(parts.netloc):
            raise invalid_parameter(f"{url} cannot use the HTTP protocol.")
    default = config.get("DefaultRedirectURI")
    if default is not None and default not in config.get("CallbackURLs", []):
        raise invalid_parameter(f"DefaultRedirectURI {default} must be one of the CallbackURLs.")


def _is_loopback(netloc: str) -> bool:
    host = netloc.rsplit("@", 1)[-1].lower()
    if host.startswith("["):
        host = host[: host.find("]") + 1]
    else:
        host = host.split(":", 1)[0]
    return host in LOOPBACK_HOSTS


def _check_oauth(pool: CognitoIdpUserPool, config: dict[str, Any], has_secret: bool) -> None:
    """
    - Flag true without flows or scopes: "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool
      client is allowed to use OAuth flows." ([obs] TF managed_user_pool_client_test.go comment).
    - Flows or scopes with the flag false or unset: refused ([doc] "must have a value of true before you can
      configure"; exception and wording [chosen]).
    - client_credentials with code/implicit; code/implicit without callback URLs; client_credentials without a
      secret: InvalidOAuthFlowException ([obs] messages quoted in the reference).
    - client_credentials with a user scope: "<scope> is not supported with client_credentials flow" ([obs]
      message; exception type [chosen]).
    - A custom scope must be "<resource server identifier>/<scope name>" of the pool: ScopeDoesNotExistException
      ([doc] MODEL error list; wording [chosen]). aws.cognito/dcr/register is a system-managed scope that needs no
      resource server ([doc] DEVGUIDE); only DCR clients can't hold it (section 9).
    """
    enabled = config.get("AllowedOAuthFlowsUserPoolClient", False)
    flows = config.get("AllowedOAuthFlows", [])
    scopes = config.get("AllowedOAuthScopes", [])
    if enabled and (not flows or not scopes):
        raise invalid_parameter(
            "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows."
        )
    if not enabled and (flows or scopes):
        raise invalid_parameter(
            "AllowedOAuthFlowsUserPoolClient must be true before AllowedOAuthFlows or AllowedOAuthScopes can be configured."
        )
    interactive = "code" in flows or "implicit" in flows
    if "client_credentials" in flows and interactive:
        raise CognitoError(
            "InvalidOAuthFlowException",
            "client_credentials flow can not be selected along with code flow or implicit flow.",
        )
    if interactive and not config.get("CallbackURLs"):
        raise CognitoError(
            "InvalidOAuthFlowException", "CallbackUrls can not be empty when code flow or implicit flow is selected"
        )
    if "client_credentials" in flows:
        if not has_secret:
            raise CognitoError(
                "InvalidOAuthFlowException",
                "client_credentials flow can not be selected if client does not have a client secret.",
            )
        for scope in scopes:
            if scope in USER_SCOPES:
                raise CognitoError("InvalidOAuthFlowException", f"{scope} is not supported with client_credentials flow")
    custom_scopes = {
        f"{server.identifier}/{entry.get('ScopeName')}"
        for server in pool.resource_servers.values()
        for entry in (server.scopes or [])
    }
    for scope in scopes:
        if scope not in USER_SCOPES and scope not in SYSTEM_SCOPES and scope not in custom_scopes:
            raise CognitoError("ScopeDoesNotExistException", f"Invalid scope requested: {scope}")


def _check_identity_providers(pool: CognitoIdpUserPool, config: dict[str, Any]) -> None:
    """
    COGNITO always exists; any other name must be an identity provider of the pool, compared case-sensitively:
    "The provider <name> does not exist for User Pool <poolId>." ([obs] many pastes, aws-cdk#15692).
    """
    for name in config.get("SupportedIdentityProviders", []):
        if name != "COGNITO" and name not in pool.identity_providers:
            raise invalid_parameter(f"The provider {name} does not exist for User Pool {pool.id}.")


def _check_attributes(pool: CognitoIdpUserPool, config: dict[str, Any], action: str) -> None:
    """
    Read and write attributes must be standard attributes or custom: attributes of the pool's schema:
    "Invalid read attributes specified while creating a client" / "Invalid write attributes specified while
    creating a client" ([obs] real-API experiments for write; read [inf]; "updating" on Update [chosen]).
    A write list must contain every attribute the pool marks required ([obs]) and may not contain sub,
    email_verified or phone_number_verified ([inf], from a linter rule).
    """
    known = set(CognitoIdpUserPoolAttribute.STANDARD_SCHEMA) | {
        name for name, attribute in pool.schema_attributes.items() if attribute.custom and name.startswith("custom:")
    }
    read = config.get("ReadAttributes", [])
    if any(name not in known for name in read):
        raise invalid_parameter(f"Invalid read attributes specified while {action} a client")
    if "WriteAttributes" not in config:
        return
    write = config["WriteAttributes"]
    required = {name for name, attribute in pool.schema_attributes.items() if attribute.required and name != "sub"}
    if (
        any(name not in known or name in UNWRITABLE_ATTRIBUTES for name in write)
        or not required.issubset(write)
    ):
        raise invalid_parameter(f"Invalid write attributes specified while {action} a client")


def _check_analytics(config: dict[str, Any]) -> None:
    """
    Either ApplicationArn alone, or ApplicationId with ExternalId and RoleArn ([doc] TF ExactlyOneOf/AlsoRequires,
    CDK; exception and wording [chosen]).
    """
    analytics = config.get("AnalyticsConfiguration")
    if analytics is None:
        return
    if analytics.get("ApplicationArn"):
        if analytics.get("ApplicationId") or analytics.get("ExternalId") or analytics.get("RoleArn"):
            raise invalid_parameter(
                "AnalyticsConfiguration: ApplicationArn can not be combined with ApplicationId, ExternalId or RoleArn."
            )
    elif analytics.get("ApplicationId"):
        if not analytics.get("ExternalId") or not analytics.get("RoleArn"):
            raise invalid_parameter("AnalyticsConfiguration: ApplicationId requires ExternalId and RoleArn.")
    else:
        raise invalid_parameter("AnalyticsConfiguration requires either ApplicationArn or ApplicationId.")


def _check_user_context_data(config: dict[str, Any], has_secret: bool) -> None:
    """[doc] "You can only activate EnablePropagateAdditionalUserContextData in an app client that has a client secret"."""
    if config.get("EnablePropagateAdditionalUserContextData") and not has_secret:
        raise invalid_parameter(
            "EnablePropagateAdditionalUserContextData can only be enabled for an app client that has a client secret."
        )


# ---------------------------------------------------------------------------------------------------------------
# 7. Client secrets
# ---------------------------------------------------------------------------------------------------------------
#
# [doc] APIREF AddUserPoolClientSecret / DeleteUserPoolClientSecret / ListUserPoolClientSecrets,
# ClientSecretDescriptorType; [obs] floci PR #345 for what Describe shows. A client keeps a list of secrets
# {id, value, created, generated}; the create-time secret is the "original".

MAX_SECRETS = 2
SECRET_LENGTH = 51
"""Generated secrets: 51 characters of [a-z0-9] ([obs] pastes); moto mints a hyphenated uuid4."""


def _generated_secret() -> str:
    return "".join(random.choice(_ID_ALPHABET) for _ in range(SECRET_LENGTH))


def add_secret(client: CognitoIdpUserPoolClient, value: str | None, now: datetime.datetime | None = None) -> dict[str, Any]:
    """
    ClientSecretId is "<clientId>--<epoch milliseconds>" ([doc] format; milliseconds [chosen]); IDs of one client
    never repeat, even within one millisecond. The create-time secret carries the client's CreationDate.
    """
    now = now or utcnow()
    ms = max(calendar.timegm(now.timetuple()) * 1000 + now.microsecond // 1000, client.last_secret_ms + 1)
    client.last_secret_ms = ms
    secret = {
        "id": f"{client.id}--{ms}",
        "value": value if value is not None else _generated_secret(),
        "created": now,
        "generated": value is None,
    }
    client.secrets.append(secret)
    return secret


def describe_secret(client: CognitoIdpUserPoolClient) -> dict[str, Any] | None:
    """
    The secret Describe returns as ClientSecret: the original (create-time) secret while it exists. An added secret
    is never promoted; once the original is deleted, Describe has no ClientSecret ([obs] floci PR #345, single
    source). A custom create-time secret counts as the original ([chosen, unverified]).
    """
    for secret in client.secrets:
        if secret["id"] == client.original_secret_id:
            return secret
    return None


def secret_descriptor(secret: dict[str, Any], with_value: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"ClientSecretId": secret["id"]}
    if with_value and secret["generated"]:
        out["ClientSecretValue"] = secret["value"]
    out["ClientSecretCreateDate"] = secret["created"]
    return out


def require_secret_operations(client: CognitoIdpUserPoolClient) -> None:
    """
    Add and Delete are refused, as InvalidParameterException ([chosen]), for a DCR client ([doc] MODEL ClientType:
    "don't support client secret operations"; wording [chosen]) and while the secret is published in Secrets
    Manager, where Cognito rotates it ([chosen]). ListUserPoolClientSecrets works for both ([chosen]).
    """
    if client.client_type == "DCR":
        raise dcr_secret_error(client)
    if client.secret_arn:
        raise invalid_parameter(f"The client secret of app client {client.id} is managed in AWS Secrets Manager; rotate it there.")


def rotate_in_secret(client: CognitoIdpUserPoolClient, value: str | None) -> dict[str, Any]:
    """
    AddUserPoolClientSecret: at most 2 secrets ([doc]); a third is LimitExceededException ([doc] error list;
    wording [chosen]). ClientSecretValue is returned only for a generated value ([doc]). On a client without a
    secret the add is allowed and makes the client confidential ([chosen, unverified]).
    """
    require_secret_operations(client)
    if len(client.secrets) >= MAX_SECRETS:
        raise CognitoError(
            "LimitExceededException", f"App client {client.id} already has {MAX_SECRETS} client secrets, the maximum."
        )
    secret = add_secret(client, value)
    _sync_for_moto(client)
    return secret_descriptor(secret, with_value=True)


def rotate_out_secret(client: CognitoIdpUserPoolClient, secret_id: str) -> None:
    """
    DeleteUserPoolClientSecret: an unknown ID is ResourceNotFoundException [chosen wording]; the last remaining
    secret can't be deleted ([doc]; InvalidParameterException and wording [chosen]).
    """
    require_secret_operations(client)
    secret = next((s for s in client.secrets if s["id"] == secret_id), None)
    if secret is None:
        raise CognitoError("ResourceNotFoundException", f"Client secret {secret_id} does not exist.")
    if len(client.secrets) == 1:
        raise invalid_parameter("The last remaining client secret of an app client can not be deleted.")
    client.secrets.remove(secret)
    _sync_for_moto(client)


_SECRETS_BY_CLIENT_ID: dict[str, list[dict[str, Any]]] = {}
"""Every client's live secrets by client ID, for the SECRET_HASH check of sign-in, which moto gives only an ID."""


def secret_hash_matches(app_client_secret: str, app_client_id: str, username: str, secret_hash: str | None) -> bool:
    """
    Sign-in accepts a SECRET_HASH made with any of the client's secrets: that is what two secrets are for
    ("both secrets are valid" until one is deleted, [doc] APIREF AddUserPoolClientSecret). moto checks only one.
    """
    secrets = _SECRETS_BY_CLIENT_ID.get(app_client_id)
    values = [secret["value"] for secret in secrets] if secrets is not None else [app_client_secret]
    return any(_moto_check_secret_hash(value, app_client_id, username, secret_hash) for value in values)


def require_secret_hash(client_id: str, auth_parameters: dict[str, str] | None) -> None:
    """
    Sign-in with a user name on a client with secrets needs a SECRET_HASH made with one of them:
    NotAuthorizedException "Unable to verify secret hash for client <id>" ([obs] a common pasted error; [doc]
    InitiateAuth "SECRET_HASH ... required if the app client has a client secret"). moto checks it for SRP and
    refresh-token flows only.
    """
    secrets = _SECRETS_BY_CLIENT_ID.get(client_id)
    username = (auth_parameters or {}).get("USERNAME")
    if not secrets or username is None:
        return
    if not secret_hash_matches("", client_id, username, (auth_parameters or {}).get("SECRET_HASH")):
        raise CognitoError("NotAuthorizedException", f"Unable to verify secret hash for client {client_id}")


# ---------------------------------------------------------------------------------------------------------------
# 8. Secrets Manager
# ---------------------------------------------------------------------------------------------------------------
#
# [doc] MODEL Create/UpdateUserPoolClient PublishSecretsInAWSSecretsManager, UserPoolClientType ClientSecretArn.
# The secret is a real secret of moto's Secrets Manager, which the same server answers (same account and region
# as the user pool), so GetSecretValue reads it by the ARN Cognito returns. A client's `secret_arn` is set while
# its secret is published.

PUBLISH = "PublishSecretsInAWSSecretsManager"


def publish_error() -> CognitoError:
    return invalid_parameter(f"{PUBLISH} can only be set for an app client with a generated client secret.")


def secret_name(client: CognitoIdpUserPoolClient) -> str:
    """
    cognito-idp/<userPoolId>/<clientId> [chosen]: only characters of the name part of the model's
    ClientSecretArnType pattern ([\\w+=/,.@-]). The ARN is Secrets Manager's own, ":secret:<name>-<6 characters>"
    ([doc] Secrets Manager); the model's pattern has ":secret/" there, which no Secrets Manager ARN has.
    """
    return f"cognito-idp/{client.user_pool_id}/{client.id}"


def _secret_string(client: CognitoIdpUserPoolClient, value: str) -> str:
    """{"userPoolId", "userPoolClientId", "clientSecretValue"} ([doc] MODEL ClientSecretArn)."""
    return json.dumps({"userPoolId": client.user_pool_id, "userPoolClientId": client.id, "clientSecretValue": value})


def _secrets_manager(client: CognitoIdpUserPoolClient) -> Any:
    return secretsmanager_backends[client.account_id][client.region]


def check_publish_on_create(params: dict[str, Any]) -> None:
    """
    true needs GenerateSecret true ([doc] "Applies only when GenerateSecret is true"); a custom ClientSecret or no
    secret is refused rather than ignored ([chosen]). false is always accepted.
    """
    if params.get(PUBLISH) and not params.get("GenerateSecret"):
        raise publish_error()


def check_publish_on_update(client: CognitoIdpUserPoolClient, params: dict[str, Any]) -> None:
    """
    Turning it on needs a generated secret ([doc] "Applies only to app clients that already have a generated
    secret"; any of the client's secrets generated by Cognito counts [chosen]); a DCR client is refused with the
    DCR error of section 9 ([chosen]). Setting it to what it already is changes nothing ([chosen]).
    """
    if params.get(PUBLISH) and not client.secret_arn:
        if client.client_type == "DCR":
            raise dcr_secret_error(client)
        if not any(secret["generated"] for secret in client.secrets):
            raise publish_error()


def apply_publish(client: CognitoIdpUserPoolClient, params: dict[str, Any]) -> None:
    """
    Update without the member leaves the secret where it is ([doc] "If you omit this parameter, Amazon Cognito
    doesn't change how it manages the existing secret"): no reset, unlike the configuration members.
    """
    wanted = params.get(PUBLISH)
    if wanted and not client.secret_arn:
        publish_secret(client)
    elif wanted is False and client.secret_arn:
        unpublish_secret(client)


def publish_secret(client: CognitoIdpUserPoolClient) -> None:
    """
    Creates the Secrets Manager secret with the client's newest secret, then runs the first rotation right away
    ([doc] "starts the first rotation of the secret right away"; "rotates it right away" on Update): on a client
    with two secrets the older one is deleted first ([doc] Update); a new generated secret is added to the client
    and becomes the AWSCURRENT version, the one before it AWSPREVIOUS. Both remaining client secrets sign in
    (section 7). The secret is a managed secret of cognito-idp (OwningService). The mechanics are [chosen]; the
    7-day schedule is not emulated.
    """
    if len(client.secrets) >= MAX_SECRETS:
        client.secrets.pop(0)
    backend = _secrets_manager(client)
    name = secret_name(client)
    secret = backend.create_managed_secret(
        service_name=SERVICE,
        secret_id=name,
        secret_string=_secret_string(client, client.secrets[-1]["value"]),
        description=f"Client secret of Amazon Cognito app client {client.id} of user pool {client.user_pool_id}",
    )
    rotated = add_secret(client, None)
    backend.put_secret_value(
        secret_id=name,
        secret_string=_secret_string(client, rotated["value"]),
        secret_binary=None,
        client_request_token=None,
        version_stages=["AWSCURRENT"],
    )
    client.secret_arn = secret.arn
    _sync_for_moto(client)


def unpublish_secret(client: CognitoIdpUserPoolClient) -> None:
    """
    Deletes the Secrets Manager secret at once, without a recovery window ([doc] "immediately and permanently
    deletes the Secrets Manager secret"). The client keeps its secrets; the newest becomes the one Describe returns
    as ClientSecret ([chosen]).
    """
    drop_published_secret(client)
    client.original_secret_id = client.secrets[-1]["id"] if client.secrets else None
    _sync_for_moto(client)


def drop_published_secret(client: CognitoIdpUserPoolClient) -> None:
    """Also when the client or its user pool is deleted ([chosen]). A secret already deleted is no error."""
    if client.secret_arn:
        _secrets_manager(client).delete_secret(
            secret_id=client.secret_arn, recovery_window_in_days=None, force_delete_without_recovery=True
        )
        client.secret_arn = None


# ---------------------------------------------------------------------------------------------------------------
# 9. Client types
# ---------------------------------------------------------------------------------------------------------------
#
# [doc] MODEL UserPoolClientType ClientType: REGULAR "wasn't created through dynamic client registration", DCR
# "registered ... through dynamic client registration"; ListUserPoolClientsRequest ClientType. [doc] DEVGUIDE:
# applications register at https://<user pool domain>/oauth2/register (RFC 7591).


def dcr_secret_error(client: CognitoIdpUserPoolClient) -> CognitoError:
    return invalid_parameter(
        f"App client {client.id} was created through dynamic client registration and does not support client secret operations."
    )


def check_dcr_scope(client: CognitoIdpUserPoolClient, config: dict[str, Any]) -> None:
    """
    A DCR client can't hold aws.cognito/dcr/register ([doc] MODEL ClientType): Update refuses it as
    InvalidParameterException ([chosen] exception and wording).
    """
    if client.client_type == "DCR" and DCR_REGISTER_SCOPE in config.get("AllowedOAuthScopes", []):
        raise invalid_parameter(
            f"App client {client.id} was created through dynamic client registration and can not hold the scope {DCR_REGISTER_SCOPE}."
        )


def list_page_of_type(clients: list[CognitoIdpUserPoolClient], client_type: str | None) -> list[CognitoIdpUserPoolClient]:
    """
    ListUserPoolClients with ClientType: the page is cut first, then filtered, so a page can hold fewer clients
    than MaxResults, or none, while NextToken is still there ([doc] MODEL). Entries carry no type ([doc]).
    """
    if client_type is None:
        return clients
    return [client for client in clients if client.client_type == client_type]


REGISTRATION_PATH = regex.compile(r"/_local_cognito/(?P<pool>[\w-]+_[0-9a-zA-Z]+)/oauth2/register/?")
"""
A local stand-in for the registration endpoint of the user pool's domain, which moto does not have:
POST /_local_cognito/<userPoolId>/oauth2/register. It checks no domain, no DcrConfiguration of the pool, no tier
and no initial access token [chosen].
"""
GRANT_TYPES = {"authorization_code": "code", "implicit": "implicit", "client_credentials": "client_credentials", "refresh_token": None}
"""RFC 7591 grant_types to AllowedOAuthFlows; refresh_token is accepted and needs no flow [chosen]."""
AUTH_METHODS = ("client_secret_basic", "client_secret_post", "none")
DEFAULT_DCR_CLIENT_NAME = "dynamic-client"


class RegistrationError(Exception):
    """An RFC 7591 error response: HTTP 400 {"error", "error_description"}."""

    def __init__(self, error: str, description: str, status: int = 400):
        super().__init__(description)
        self.error, self.description, self.status = error, description, status


def _find_pool_anywhere(user_pool_id: str) -> tuple[CognitoIdpBackend, CognitoIdpUserPool]:
    """The domain endpoint is reached without AWS credentials: the pool is looked up in every account."""
    for account in list(cognito_models.cognitoidp_backends.values()):
        for backend in list(account.values()):
            pool = backend.user_pools.get(user_pool_id)
            if pool is not None:
                return backend, pool
    raise RegistrationError("invalid_request", f"User pool {user_pool_id} does not exist.", 404)


def _string_list(body: dict[str, Any], name: str, default: list[str]) -> list[str]:
    value = body.get(name, default)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise RegistrationError("invalid_client_metadata", f"{name} must be an array of strings.")
    return value


def register_client(user_pool_id: str, body: Any) -> dict[str, Any]:
    """
    RFC 7591 client metadata to a DCR client: client_name to ClientName ("dynamic-client" when omitted [chosen]),
    redirect_uris to CallbackURLs, grant_types (default ["authorization_code"], RFC 7591) to AllowedOAuthFlows,
    scope (space-separated; "openid" when omitted with a code or implicit grant, required with client_credentials
    alone, which no standard scope serves [chosen]) to AllowedOAuthScopes,
    AllowedOAuthFlowsUserPoolClient true when there are flows; token_endpoint_auth_method (default
    client_secret_basic, RFC 7591) client_secret_basic/client_secret_post: a generated secret, none: no secret.
    The model's constraints and the service rules of section 6 apply; failures answer as RFC 7591 errors:
    invalid_redirect_uri for redirect URIs, invalid_client_metadata otherwise. aws.cognito/dcr/register can't be
    registered ([doc] MODEL, DEVGUIDE). The answer (201) is RFC 7591's: client_id, client_secret and
    client_secret_expires_at 0 when there is a secret, client_id_issued_at, and the registered metadata.
    """
    if not isinstance(body, dict):
        raise RegistrationError("invalid_client_metadata", "The request body must be a JSON object.")
    name = body.get("client_name", DEFAULT_DCR_CLIENT_NAME)
    method = body.get("token_endpoint_auth_method", "client_secret_basic")
    redirect_uris = _string_list(body, "redirect_uris", [])
    grant_types = list(dict.fromkeys(_string_list(body, "grant_types", ["authorization_code"])))
    scope = body.get("scope")
    if not isinstance(name, str) or not isinstance(method, str) or not isinstance(scope, (str, type(None))):
        raise RegistrationError("invalid_client_metadata", "client_name, scope and token_endpoint_auth_method must be strings.")
    if method not in AUTH_METHODS:
        raise RegistrationError("invalid_client_metadata", f"token_endpoint_auth_method {method} is not supported.")
    unknown = [grant for grant in grant_types if grant not in GRANT_TYPES]
    if unknown:
        raise RegistrationError("invalid_client_metadata", f"grant_type {unknown[0]} is not supported.")
    flows = [GRANT_TYPES[grant] for grant in grant_types if GRANT_TYPES[grant]]
    interactive = "code" in flows or "implicit" in flows
    scopes = scope.split() if scope is not None else (["openid"] if interactive else [])
    if DCR_REGISTER_SCOPE in scopes:
        raise RegistrationError("invalid_client_metadata", f"The scope {DCR_REGISTER_SCOPE} can not be registered.")
    if interactive and not redirect_uris:
        raise RegistrationError("invalid_redirect_uri", "redirect_uris is required for the authorization_code and implicit grant types.")
    if flows and not scopes:
        raise RegistrationError("invalid_client_metadata", "scope is required for the client_credentials grant type.")

    params: dict[str, Any] = {"UserPoolId": user_pool_id, "ClientName": name, "GenerateSecret": method != "none"}
    if redirect_uris:
        params["CallbackURLs"] = redirect_uris
    if flows:
        params.update(AllowedOAuthFlowsUserPoolClient=True, AllowedOAuthFlows=flows, AllowedOAuthScopes=scopes)
    elif scopes:
        raise RegistrationError("invalid_client_metadata", "scope needs a grant type that uses it.")
    error = model_validation_error("CreateUserPoolClient", params)
    if error is not None:
        raise RegistrationError("invalid_client_metadata", error.message)
    with _LOCK:
        backend, pool = _find_pool_anywhere(user_pool_id)
        config = requested_config(params)
        try:
            _check_urls(config)
        except CognitoError as e:
            raise RegistrationError("invalid_redirect_uri", e.message) from None
        try:
            check_client_rules(pool, config, params["GenerateSecret"], "creating")
        except CognitoError as e:
            raise RegistrationError("invalid_client_metadata", e.message) from None
        client = create_client(pool, backend.account_id, params, config, client_type="DCR")
        out: dict[str, Any] = {"client_id": client.id}
        secret = describe_secret(client)
        if secret:
            out["client_secret"] = secret["value"]
            out["client_secret_expires_at"] = 0
        out["client_id_issued_at"] = calendar.timegm(client.creation_date.timetuple())
        out["client_name"] = client.name
        if config.get("CallbackURLs"):
            out["redirect_uris"] = config["CallbackURLs"]
        out["grant_types"] = grant_types
        if config.get("AllowedOAuthScopes"):
            out["scope"] = " ".join(config["AllowedOAuthScopes"])
        out["token_endpoint_auth_method"] = method
        return out


def registration_app(environ: dict[str, Any], start_response: Any) -> Any:
    """The WSGI answer of the registration route: JSON, no caching (RFC 7591 3.2.1)."""
    request = Request(environ)
    match = REGISTRATION_PATH.fullmatch(request.path)
    headers = {"Cache-Control": "no-store", "Pragma": "no-cache"}
    try:
        if match is None:
            raise RegistrationError("invalid_request", f"No such route: {request.path}", 404)
        if request.method != "POST":
            raise RegistrationError("invalid_request", "Use POST.", 405)
        try:
            body = json.loads(request.get_data(as_text=True) or "null")
        except ValueError:
            raise RegistrationError("invalid_client_metadata", "The request body is not JSON.") from None
        answer, status = register_client(match.group("pool"), body), 201
    except RegistrationError as e:
        answer, status = {"error": e.error, "error_description": e.description}, e.status
    response = Response(json.dumps(answer), status=status, mimetype="application/json", headers=headers)
    return response(environ, start_response)


# ---------------------------------------------------------------------------------------------------------------
# 10. Session configuration
# ---------------------------------------------------------------------------------------------------------------
#
# [doc] APIREF Get/SetUserPoolClientSessionConfiguration, ClientSSOSessionConfigType,
# Get/SetUserPoolSessionConfiguration.

DEFAULT_SSO_MAX_VALIDITY_MINUTES = 60
DEFAULT_MAX_SESSIONS_PER_USER = 20


def pool_session(pool: CognitoIdpUserPool) -> dict[str, Any]:
    """Pool-level settings; never set: UserSessionTracking DISABLED, TokenSession.MaxPerUser 20 ([doc])."""
    return {
        "UserPoolId": pool.id,
        "UserSessionTracking": getattr(pool, "session_tracking", "DISABLED"),
        "TokenSession": {"MaxPerUser": getattr(pool, "max_sessions_per_user", DEFAULT_MAX_SESSIONS_PER_USER)},
    }


def client_session(client: CognitoIdpUserPoolClient) -> dict[str, Any]:
    """Never set: MaxValidityMinutes 60 ([doc] "returns the default SSO session maximum validity of 60 minutes")."""
    minutes = getattr(client, "sso_max_validity_minutes", None)
    return {
        "UserPoolId": client.user_pool_id,
        "ClientId": client.id,
        "SSOSession": {"MaxValidityMinutes": DEFAULT_SSO_MAX_VALIDITY_MINUTES if minutes is None else minutes},
    }


def require_session_tier(pool: CognitoIdpUserPool) -> None:
    """The Set operations need the Essentials or Plus tier, else FeatureUnavailableInTierException ([doc])."""
    tier = pool_tier(pool)
    if tier not in ("ESSENTIALS", "PLUS"):
        raise CognitoError(
            "FeatureUnavailableInTierException",
            f"Session configuration is not available in the {tier} tier of user pool {pool.id}; it needs ESSENTIALS or PLUS.",
        )


# ---------------------------------------------------------------------------------------------------------------
# 11. Managed login branding
# ---------------------------------------------------------------------------------------------------------------
#
# [doc] MODEL/APIREF CreateManagedLoginBranding, UpdateManagedLoginBranding, DeleteManagedLoginBranding,
# DescribeManagedLoginBranding, DescribeManagedLoginBrandingByClient, ManagedLoginBrandingType, AssetType.
# A style belongs to one app client ([doc] "Each style is linked to an app client until you delete it"), one style
# per client ([doc] ManagedLoginBrandingExistsException). A pool keeps its styles by ID (`brandings(pool)`), each
# {id, user_pool_id, client_id, use_cognito_provided_values, settings (the JSON document, or None when not customized), assets
# (a list of {Category, ColorMode, Extension, Bytes (decoded), ResourceId}), created, modified}.

BRANDING_REQUEST_LIMIT = 2 * 1024 * 1024
"""
[doc] MODEL Create/Update "a 2-megabyte request-size limit ... If your request is larger than 2MB, separate it into
multiple requests". 2 MiB of the request body, 2,097,152 bytes, is the limit [chosen]; a body of exactly that size is
accepted.
"""

DEFAULT_BRANDING_SETTINGS: dict[str, Any] = {
    "categories": {
        "global": {
            "colorSchemeMode": "LIGHT",
            "spacingDensity": "REGULAR",
            "pageHeader": {"enabled": False},
            "pageFooter": {"enabled": False},
        },
        "form": {
            "displayGraphics": True,
            "location": {"horizontal": "CENTER", "vertical": "CENTER"},
        },
    },
}
"""
The default settings document of Cognito's that ReturnMergedResources merges under a style's settings ([doc] "returns
values for branding options that are unchanged from Amazon Cognito defaults"). A few plausible keys, not the
service's real document [chosen].
"""


def brandings(pool: CognitoIdpUserPool) -> dict[str, dict[str, Any]]:
    """The pool's styles by ManagedLoginBrandingId; they go with the pool when it is deleted."""
    return pool_state(pool, "real_brandings")


def branding_not_found(branding_id: str) -> CognitoError:
    """[chosen] wording."""
    return CognitoError("ResourceNotFoundException", f"Managed login branding style {branding_id} does not exist.")


def find_branding(pool: CognitoIdpUserPool, branding_id: str) -> dict[str, Any]:
    branding = brandings(pool).get(branding_id)
    if branding is None:
        raise branding_not_found(branding_id)
    return branding


def branding_of_client(pool: CognitoIdpUserPool, client_id: str) -> dict[str, Any] | None:
    return next((b for b in brandings(pool).values() if b["client_id"] == client_id), None)


def check_branding_request_size(operation: str, raw_body: bytes | str | None) -> None:
    """
    A Create or Update request whose body is larger than BRANDING_REQUEST_LIMIT: InvalidParameterException
    ([doc] the limit; exception and wording [chosen]). Checked after the model's constraints, before anything else.
    """
    body = raw_body or b""
    size = len(body.encode("utf-8") if isinstance(body, str) else body)
    if size > BRANDING_REQUEST_LIMIT:
        raise invalid_parameter(f"Request size exceeds the 2 MB limit of {operation}; send the assets in several requests.")


def require_branding_tier(pool: CognitoIdpUserPool) -> None:
    """
    Create and Update need the Essentials or Plus tier: managed login and its branding editor are not in the Lite
    plan ([doc] DEVGUIDE managed login: "In the Lite feature plan, the classic hosted UI is your only option").
    The model lists no FeatureUnavailableInTierException for these operations; the exception, the refusal and the
    wording are [chosen], the exception being the one the service uses for features of a higher plan. Describe and
    Delete work on any tier [chosen].
    """
    tier = pool_tier(pool)
    if tier not in ("ESSENTIALS", "PLUS"):
        raise CognitoError(
            "FeatureUnavailableInTierException",
            f"Managed login branding is not available in the {tier} tier of user pool {pool.id}; it needs ESSENTIALS or PLUS.",
        )


def check_branding_input(params: dict[str, Any], settings: Any) -> None:
    """
    The cross-member rules of Create and Update, in this order:
      - UseCognitoProvidedValues true with Settings or Assets: InvalidParameterException ([doc] "When you specify
        true for this option, you must also omit values for Settings and Assets"; wording [chosen]);
      - Settings that is not a JSON object (the model's Document allows any JSON value) [chosen];
      - two assets with the same Category and ColorMode [chosen].
    """
    if params.get("UseCognitoProvidedValues") and (settings is not None or "Assets" in params):
        raise invalid_parameter("Settings and Assets must be omitted when UseCognitoProvidedValues is true.")
    if settings is not None and not isinstance(settings, dict):
        raise invalid_parameter("Settings must be a JSON object.")
    seen: set[tuple[str, str]] = set()
    for asset in params.get("Assets", []):
        key = (asset["Category"], asset["ColorMode"])
        if key in seen:
            raise invalid_parameter(
                f"Assets can not contain more than one asset with Category {key[0]} and ColorMode {key[1]}."
            )
        seen.add(key)


def _stored_asset(asset: dict[str, Any]) -> dict[str, Any]:
    """
    An asset as sent, Bytes decoded (moto encodes blobs again on the way out). Bytes and ResourceId are optional in
    the model and are kept only when sent: no asset is refused for lacking Bytes, no ResourceId is minted [chosen].
    """
    out = {name: asset[name] for name in ("Category", "ColorMode", "Extension") if name in asset}
    if "Bytes" in asset:
        out["Bytes"] = base64.b64decode(asset["Bytes"])
    if "ResourceId" in asset:
        out["ResourceId"] = asset["ResourceId"]
    return out


def merge_assets(stored: list[dict[str, Any]], sent: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """
    Assets sent on Update join the style's assets by (Category, ColorMode): a sent asset replaces the one with the
    same category and colour mode, the others are kept [chosen], as the service "preserves existing style settings
    that you don't specify" ([doc]). No request removes a single asset: that takes deleting and re-creating the style,
    or a reset with UseCognitoProvidedValues [chosen].
    """
    merged = {(a["Category"], a["ColorMode"]): a for a in stored}
    for asset in sent:
        merged[(asset["Category"], asset["ColorMode"])] = _stored_asset(asset)
    return list(merged.values())


def service_key_order(document: Any) -> Any:
    """
    A settings document with the keys of every object in the service's own order (SHA-256 of the key, as for lists),
    arrays untouched: the service stores the document, not the request's text, so clients compare settings as JSON
    values [chosen].
    """
    if isinstance(document, dict):
        return {key: service_key_order(document[key]) for key in sorted(document, key=service_rank)}
    if isinstance(document, list):
        return [service_key_order(item) for item in document]
    return document


def deep_merge(base: Any, override: Any) -> Any:
    """`override` over `base`: objects merge key by key, anything else in `override` replaces."""
    if isinstance(base, dict) and isinstance(override, dict):
        out = dict(base)
        for key, value in override.items():
            out[key] = deep_merge(base[key], value) if key in base else value
        return out
    return override


def create_branding(pool: CognitoIdpUserPool, client_id: str, params: dict[str, Any], settings: Any) -> dict[str, Any]:
    """
    A new style: UseCognitoProvidedValues as sent (false when omitted), the settings and assets sent, both dates now.
    A request with none of the three makes a style with nothing customized [chosen].
    """
    now = utcnow()
    branding = {
        "id": str(random.uuid4()),
        "user_pool_id": pool.id,
        "client_id": client_id,
        "use_cognito_provided_values": bool(params.get("UseCognitoProvidedValues")),
        "settings": copy.deepcopy(settings),
        "assets": merge_assets([], params.get("Assets", [])),
        "created": now,
        "modified": now,
    }
    brandings(pool)[branding["id"]] = branding
    return branding


def update_branding(branding: dict[str, Any], params: dict[str, Any], settings: Any) -> None:
    """
    Update keeps what it is not sent ([doc] "preserves existing style settings that you don't specify"):
      - UseCognitoProvidedValues true resets the style to Cognito's defaults: no settings, no assets [chosen];
      - Settings sent replaces the whole settings document; omitted, the document is kept [chosen];
      - Assets sent are merged by (Category, ColorMode) (merge_assets);
      - Settings or Assets sent make UseCognitoProvidedValues false; false sent alone sets it false and keeps the
        rest [chosen].
    LastModifiedDate changes, CreationDate never.
    """
    if params.get("UseCognitoProvidedValues"):
        branding.update(use_cognito_provided_values=True, settings=None, assets=[])
    else:
        if settings is not None:
            branding["settings"] = copy.deepcopy(settings)
        if "Assets" in params:
            branding["assets"] = merge_assets(branding["assets"], params["Assets"])
        if settings is not None or "Assets" in params or params.get("UseCognitoProvidedValues") is False:
            branding["use_cognito_provided_values"] = False
    branding["modified"] = utcnow()


def branding_description(branding: dict[str, Any], merged: bool = False) -> dict[str, Any]:
    """
    The ManagedLoginBranding structure of all four operations that return one.
    Without ReturnMergedResources (and from Create and Update) only what was customized ([doc]): Settings as stored,
    keys in the service's order (service_key_order), absent when the style has none (made or reset with
    UseCognitoProvidedValues, or never sent); Assets absent when there are none. With ReturnMergedResources true,
    Settings is the stored document deep-merged over DEFAULT_BRANDING_SETTINGS, also for a style without settings
    [chosen]; assets are the style's own (no default assets) [chosen]. Assets come back in the service's order
    (SHA-256 of "<Category> <ColorMode>") [chosen].
    """
    out: dict[str, Any] = {
        "ManagedLoginBrandingId": branding["id"],
        "UserPoolId": branding["user_pool_id"],
        "UseCognitoProvidedValues": branding["use_cognito_provided_values"],
    }
    settings = branding["settings"]
    if merged:
        settings = deep_merge(DEFAULT_BRANDING_SETTINGS, settings if settings is not None else {})
    if settings is not None:
        out["Settings"] = service_key_order(settings)
    if branding["assets"]:
        out["Assets"] = sorted(
            (dict(asset) for asset in branding["assets"]),
            key=lambda asset: service_rank(f"{asset['Category']} {asset['ColorMode']}"),
        )
    out["CreationDate"] = branding["created"]
    out["LastModifiedDate"] = branding["modified"]
    return out


# ---------------------------------------------------------------------------------------------------------------
# 12. Terms documents
# ---------------------------------------------------------------------------------------------------------------
#
# [doc] MODEL/APIREF CreateTerms, UpdateTerms, DeleteTerms, DescribeTerms, DescribeTermsByClient, ListTerms,
# TermsType, TermsDescriptionType. An app client has at most one document of each TermsName (terms-of-use,
# privacy-policy) ([doc] TermsExistsException "Terms document names must be unique to the app client"). A pool keeps
# its documents by TermsId, in creation order (`terms_documents(pool)`), each {id, user_pool_id, client_id, name, source,
# enforcement, links, created, modified}. No tier is needed [chosen]. Cognito shows the documents on the managed
# login sign-up page only once both kinds exist in at least one language ([doc] CreateTerms): display behaviour,
# nothing the API refuses, so one kind alone is stored like any other.

DEFAULT_LIST_TERMS_MAX_RESULTS = 60
"""ListTerms without MaxResults: pages of 60, the model's maximum [chosen]."""


def terms_documents(pool: CognitoIdpUserPool) -> dict[str, dict[str, Any]]:
    """The pool's terms documents by TermsId, in creation order; they go with the pool when it is deleted."""
    return pool_state(pool, "real_terms")


def find_terms(pool: CognitoIdpUserPool, terms_id: str) -> dict[str, Any]:
    """An unknown TermsId: ResourceNotFoundException ([doc] error list; wording [chosen])."""
    document = terms_documents(pool).get(terms_id)
    if document is None:
        raise CognitoError("ResourceNotFoundException", f"Terms documents {terms_id} do not exist.")
    return document


def terms_of_client(pool: CognitoIdpUserPool, client_id: str, name: str) -> dict[str, Any] | None:
    return next((t for t in terms_documents(pool).values() if t["client_id"] == client_id and t["name"] == name), None)


def terms_exist(client_id: str, name: str) -> CognitoError:
    """[doc] TermsExistsException; wording [chosen]."""
    return CognitoError("TermsExistsException", f"App client {client_id} already has terms documents named {name}.")


def new_terms_document(pool: CognitoIdpUserPool, client_id: str, params: dict[str, Any]) -> dict[str, Any]:
    """
    Links is optional in the model but the service needs it to create a document: InvalidParameterException
    [chosen]. A second document of the same TermsName for the client: TermsExistsException ([doc]). TermsSource LINK
    and Enforcement NONE are the only values ([doc] "currently accepts only one value": the model's enums).
    """
    if "Links" not in params:
        raise invalid_parameter("Links are required to create terms documents.")
    if terms_of_client(pool, client_id, params["TermsName"]) is not None:
        raise terms_exist(client_id, params["TermsName"])
    now = utcnow()
    document = {
        "id": str(random.uuid4()),
        "user_pool_id": pool.id,
        "client_id": client_id,
        "name": params["TermsName"],
        "source": params["TermsSource"],
        "enforcement": params["Enforcement"],
        "links": dict(params["Links"]),
        "created": now,
        "modified": now,
    }
    terms_documents(pool)[document["id"]] = document
    return document


TERMS_MEMBERS = (("TermsName", "name"), ("TermsSource", "source"), ("Enforcement", "enforcement"), ("Links", "links"))


def change_terms_document(pool: CognitoIdpUserPool, document: dict[str, Any], params: dict[str, Any]) -> None:
    """
    Members sent replace the stored ones (Links as a whole map), members omitted are kept [chosen]. A TermsName that
    another document of the client already has: TermsExistsException ([doc] error list). LastModifiedDate changes.
    """
    name = params.get("TermsName")
    if name is not None and name != document["name"] and terms_of_client(pool, document["client_id"], name) is not None:
        raise terms_exist(document["client_id"], name)
    for member, field in TERMS_MEMBERS:
        if member in params:
            document[field] = dict(params[member]) if member == "Links" else params[member]
    document["modified"] = utcnow()


def terms_description(document: dict[str, Any]) -> dict[str, Any]:
    """The TermsType structure of Create, Update, Describe and DescribeByClient: every member, always ([doc] all required)."""
    return {
        "TermsId": document["id"],
        "UserPoolId": document["user_pool_id"],
        "ClientId": document["client_id"],
        "TermsName": document["name"],
        "TermsSource": document["source"],
        "Enforcement": document["enforcement"],
        "Links": dict(document["links"]),
        "CreationDate": document["created"],
        "LastModifiedDate": document["modified"],
    }


def terms_summary(document: dict[str, Any]) -> dict[str, Any]:
    """A ListTerms entry: TermsDescriptionType, no client, source or links ([doc] MODEL)."""
    return {
        "TermsId": document["id"],
        "TermsName": document["name"],
        "Enforcement": document["enforcement"],
        "CreationDate": document["created"],
        "LastModifiedDate": document["modified"],
    }


def terms_page(
    pool: CognitoIdpUserPool, max_results: int | None, next_token: str | None
) -> tuple[list[dict[str, Any]], str | None]:
    """
    ListTerms pages, in creation order: MaxResults (1-60, model-validated) per page, DEFAULT_LIST_TERMS_MAX_RESULTS
    when omitted; NextToken is the TermsId the next page starts at [chosen], absent on the last page. A token that
    names no document of the pool (e.g. deleted meanwhile): InvalidParameterException [chosen].
    """
    documents = list(terms_documents(pool).values())
    start = 0
    if next_token is not None:
        ids = [document["id"] for document in documents]
        if next_token not in ids:
            raise invalid_parameter(f"The pagination token {next_token} is not valid.")
        start = ids.index(next_token)
    size = max_results or DEFAULT_LIST_TERMS_MAX_RESULTS
    page = documents[start:start + size]
    following = documents[start + size]["id"] if start + size < len(documents) else None
    return page, following


def drop_client_documents(pool: CognitoIdpUserPool, client_id: str) -> None:
    """Deleting an app client deletes its branding style and its terms documents [chosen]."""
    for store in (brandings(pool), terms_documents(pool)):
        for key in [key for key, item in store.items() if item["client_id"] == client_id]:
            del store[key]


# ---------------------------------------------------------------------------------------------------------------
# 13. Operations
# ---------------------------------------------------------------------------------------------------------------


def _without_nulls(value: Any) -> Any:
    """JSON nulls count as members not sent, at every depth."""
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value if v is not None]
    return value


def _params(response: CognitoIdpResponse) -> dict[str, Any]:
    return _without_nulls(json.loads(response.body or "{}"))


def _document(response: CognitoIdpResponse, name: str) -> Any:
    """A Document member as sent, with the nulls inside it (values of the document); None when not sent."""
    return json.loads(response.body or "{}").get(name)


def create_user_pool_client(self: CognitoIdpResponse) -> ActionResult:
    """
    CreateUserPoolClient, always a REGULAR client. GenerateSecret with ClientSecret: InvalidParameterException
    ([doc] MODEL; wording [chosen]); then PublishSecretsInAWSSecretsManager (section 8), then the service rules.
    """
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        if params.get("GenerateSecret") and params.get("ClientSecret") is not None:
            raise invalid_parameter("You cannot specify both GenerateSecret as true and provide a ClientSecret value.")
        check_publish_on_create(params)
        config = requested_config(params)
        has_secret = bool(params.get("GenerateSecret")) or params.get("ClientSecret") is not None
        check_client_rules(pool, config, has_secret, "creating")
        client = create_client(pool, self.current_account, params, config)
        if params.get(PUBLISH):
            publish_secret(client)
        return ActionResult({"UserPoolClient": client_description(client)})


def update_user_pool_client(self: CognitoIdpResponse) -> ActionResult:
    """Every check first (section 8, the service rules, the DCR scope), then the change."""
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        client = find_client(self.backend, params["UserPoolId"], params["ClientId"])
        check_publish_on_update(client, params)
        config = requested_config(params)
        check_client_rules(pool, config, bool(client.secrets), "updating")
        check_dcr_scope(client, config)
        update_client(client, params, config)
        apply_publish(client, params)
        return ActionResult({"UserPoolClient": client_description(client)})


def describe_user_pool_client(self: CognitoIdpResponse) -> ActionResult:
    params = _params(self)
    with _LOCK:
        client = find_client(self.backend, params["UserPoolId"], params["ClientId"])
        return ActionResult({"UserPoolClient": client_description(client)})


# What DeleteUserPoolClient does to the surfaces of section 15: each module adds a hook(pool, client_id).
CLIENT_DELETE_HOOKS: list[Callable[[CognitoIdpUserPool, str], None]] = []


def delete_user_pool_client(self: CognitoIdpResponse) -> ActionResult:
    """
    Deleting a client drops its secrets, its Secrets Manager secret, its session settings, its managed login branding
    style and its terms documents with it, and runs the hooks of section 15.
    """
    params = _params(self)
    with _LOCK:
        client = find_client(self.backend, params["UserPoolId"], params["ClientId"])
        drop_published_secret(client)
        drop_client_documents(self.backend.user_pools[params["UserPoolId"]], params["ClientId"])
        for hook in CLIENT_DELETE_HOOKS:
            hook(self.backend.user_pools[params["UserPoolId"]], params["ClientId"])
        del self.backend.user_pools[params["UserPoolId"]].clients[params["ClientId"]]
        _SECRETS_BY_CLIENT_ID.pop(params["ClientId"], None)
        return EmptyResult()


def list_user_pool_clients(self: CognitoIdpResponse) -> ActionResult:
    """moto's pages (MaxResults default 60), then the ClientType filter of section 9."""
    params = _params(self)
    with _LOCK:
        find_pool(self.backend, params["UserPoolId"])
        clients, next_token = self.backend.list_user_pool_clients(
            params["UserPoolId"], max_results=params.get("MaxResults"), next_token=params.get("NextToken")
        )
        page = list_page_of_type(clients, params.get("ClientType"))
        out: dict[str, Any] = {"UserPoolClients": [client.to_json() for client in page]}
        if next_token:
            out["NextToken"] = str(next_token)
        return ActionResult(out)


def add_user_pool_client_secret(self: CognitoIdpResponse) -> ActionResult:
    params = _params(self)
    with _LOCK:
        client = find_client(self.backend, params["UserPoolId"], params["ClientId"])
        return ActionResult({"ClientSecretDescriptor": rotate_in_secret(client, params.get("ClientSecret"))})


def delete_user_pool_client_secret(self: CognitoIdpResponse) -> ActionResult:
    params = _params(self)
    with _LOCK:
        client = find_client(self.backend, params["UserPoolId"], params["ClientId"])
        rotate_out_secret(client, params["ClientSecretId"])
        return ActionResult({})


def list_user_pool_client_secrets(self: CognitoIdpResponse) -> ActionResult:
    """Descriptors only, never values; both secrets in one response, no NextToken ([doc])."""
    params = _params(self)
    with _LOCK:
        client = find_client(self.backend, params["UserPoolId"], params["ClientId"])
        return ActionResult({"ClientSecrets": [secret_descriptor(s, with_value=False) for s in client.secrets]})


def get_user_pool_client_session_configuration(self: CognitoIdpResponse) -> ActionResult:
    params = _params(self)
    with _LOCK:
        client = find_client(self.backend, params["UserPoolId"], params["ClientId"])
        return ActionResult(client_session(client))


def set_user_pool_client_session_configuration(self: CognitoIdpResponse) -> ActionResult:
    """
    Full replacement of the client's setting (0-129600 minutes, model-validated). Needs the Essentials or Plus tier
    ([doc]) and session tracking ENABLED on the pool ([doc] "session tracking must be enabled"; exception and
    wording [chosen]).
    """
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        client = find_client(self.backend, params["UserPoolId"], params["ClientId"])
        require_session_tier(pool)
        if pool_session(pool)["UserSessionTracking"] != "ENABLED":
            raise invalid_parameter(
                f"Session tracking must be enabled for user pool {pool.id} (SetUserPoolSessionConfiguration "
                "UserSessionTracking ENABLED) before an app client's session configuration can be set."
            )
        client.sso_max_validity_minutes = params["SSOSession"]["MaxValidityMinutes"]
        return ActionResult(client_session(client))


def get_user_pool_session_configuration(self: CognitoIdpResponse) -> ActionResult:
    params = _params(self)
    with _LOCK:
        return ActionResult(pool_session(find_pool(self.backend, params["UserPoolId"])))


def set_user_pool_session_configuration(self: CognitoIdpResponse) -> ActionResult:
    """
    Full replacement, Essentials or Plus tier ([doc]). Disabling tracking keeps the clients' settings, dormant
    ([doc] "retained but dormant").
    """
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        require_session_tier(pool)
        pool.session_tracking = params["UserSessionTracking"]
        pool.max_sessions_per_user = params["TokenSession"]["MaxPerUser"]
        return ActionResult(pool_session(pool))


def create_managed_login_branding(self: CognitoIdpResponse) -> ActionResult:
    """
    Checked in this order: the request size, the pool and the client, the tier, the cross-member rules of section 11,
    then one style per client: ManagedLoginBrandingExistsException ([doc] error list; wording [chosen]).
    """
    check_branding_request_size("CreateManagedLoginBranding", self.raw_body)
    params = _params(self)
    settings = _document(self, "Settings")
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        client_id = find_client(self.backend, params["UserPoolId"], params["ClientId"]).id
        require_branding_tier(pool)
        check_branding_input(params, settings)
        existing = branding_of_client(pool, client_id)
        if existing is not None:
            raise CognitoError(
                "ManagedLoginBrandingExistsException",
                f"App client {client_id} already has a managed login branding style: {existing['id']}.",
            )
        branding = create_branding(pool, client_id, params, settings)
        return ActionResult({"ManagedLoginBranding": branding_description(branding)})


def update_managed_login_branding(self: CognitoIdpResponse) -> ActionResult:
    """
    The model marks no member required, but the service needs UserPoolId and ManagedLoginBrandingId: without them,
    InvalidParameterException in the model validation's form ("Value null at 'managedLoginBrandingId' failed to
    satisfy constraint: Member must not be null") [chosen]. Then as Create: the request size (first), the pool and
    the style, the tier, the cross-member rules; then the change (update_branding).
    """
    check_branding_request_size("UpdateManagedLoginBranding", self.raw_body)
    params = _params(self)
    missing = [name for name in ("UserPoolId", "ManagedLoginBrandingId") if name not in params]
    if missing:
        noun = "error" if len(missing) == 1 else "errors"
        raise invalid_parameter(
            f"{len(missing)} validation {noun} detected: "
            + "; ".join(f"Value null at '{_lower_camel(name)}' failed to satisfy constraint: Member must not be null" for name in missing)
        )
    settings = _document(self, "Settings")
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        branding = find_branding(pool, params["ManagedLoginBrandingId"])
        require_branding_tier(pool)
        check_branding_input(params, settings)
        update_branding(branding, params, settings)
        return ActionResult({"ManagedLoginBranding": branding_description(branding)})


def delete_managed_login_branding(self: CognitoIdpResponse) -> ActionResult:
    """Any tier; an unknown ID: ResourceNotFoundException ([doc] error list; wording [chosen])."""
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        find_branding(pool, params["ManagedLoginBrandingId"])
        del brandings(pool)[params["ManagedLoginBrandingId"]]
        return EmptyResult()


def describe_managed_login_branding(self: CognitoIdpResponse) -> ActionResult:
    params = _params(self)
    with _LOCK:
        branding = find_branding(find_pool(self.backend, params["UserPoolId"]), params["ManagedLoginBrandingId"])
        merged = bool(params.get("ReturnMergedResources"))
        return ActionResult({"ManagedLoginBranding": branding_description(branding, merged)})


def describe_managed_login_branding_by_client(self: CognitoIdpResponse) -> ActionResult:
    """A client without a style: ResourceNotFoundException ([doc] error list; wording [chosen])."""
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        client_id = find_client(self.backend, params["UserPoolId"], params["ClientId"]).id
        branding = branding_of_client(pool, client_id)
        if branding is None:
            raise CognitoError("ResourceNotFoundException", f"App client {client_id} has no managed login branding style.")
        merged = bool(params.get("ReturnMergedResources"))
        return ActionResult({"ManagedLoginBranding": branding_description(branding, merged)})


def create_terms(self: CognitoIdpResponse) -> ActionResult:
    """The pool, the client, then new_terms_document (section 12)."""
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        client_id = find_client(self.backend, params["UserPoolId"], params["ClientId"]).id
        return ActionResult({"Terms": terms_description(new_terms_document(pool, client_id, params))})


def update_terms(self: CognitoIdpResponse) -> ActionResult:
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        document = find_terms(pool, params["TermsId"])
        change_terms_document(pool, document, params)
        return ActionResult({"Terms": terms_description(document)})


def delete_terms(self: CognitoIdpResponse) -> ActionResult:
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        find_terms(pool, params["TermsId"])
        del terms_documents(pool)[params["TermsId"]]
        return EmptyResult()


def describe_terms(self: CognitoIdpResponse) -> ActionResult:
    params = _params(self)
    with _LOCK:
        document = find_terms(find_pool(self.backend, params["UserPoolId"]), params["TermsId"])
        return ActionResult({"Terms": terms_description(document)})


def describe_terms_by_client(self: CognitoIdpResponse) -> ActionResult:
    """No document of that name for the client: ResourceNotFoundException ([doc] error list; wording [chosen])."""
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        client_id = find_client(self.backend, params["UserPoolId"], params["ClientId"]).id
        document = terms_of_client(pool, client_id, params["TermsName"])
        if document is None:
            raise CognitoError(
                "ResourceNotFoundException", f"App client {client_id} has no terms documents named {params['TermsName']}."
            )
        return ActionResult({"Terms": terms_description(document)})


def list_terms(self: CognitoIdpResponse) -> ActionResult:
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        page, next_token = terms_page(pool, params.get("MaxResults"), params.get("NextToken"))
        out: dict[str, Any] = {"Terms": [terms_summary(document) for document in page]}
        if next_token:
            out["NextToken"] = next_token
        return ActionResult(out)


# ---------------------------------------------------------------------------------------------------------------
# 14. Wiring
# ---------------------------------------------------------------------------------------------------------------

_moto_call_action = CognitoIdpResponse.call_action
_moto_dispatch = DomainDispatcherApplication.__call__
_moto_delete_user_pool = CognitoIdpBackend.delete_user_pool
_moto_create_user_pool = CognitoIdpBackend.create_user_pool
_moto_update_user_pool = CognitoIdpBackend.update_user_pool
_moto_initiate_auth = CognitoIdpBackend.initiate_auth
_moto_admin_initiate_auth = CognitoIdpBackend.admin_initiate_auth


def call_action(self: CognitoIdpResponse) -> Any:
    """Every operation: the model's constraints first, as the service's framework does, then the operation."""
    try:
        body = json.loads(self.body) if self.body else {}
    except ValueError:
        body = None
    if isinstance(body, dict):
        error = model_validation_error(self._get_action(), body)
        if error is not None:
            headers: dict[str, Any] = dict(error.get_headers())
            headers["status"] = error.code
            status, headers, text = self._transform_response(self.response_headers, (error.description, headers))
            headers, text = self._enrich_response(headers, text)
            return status, headers, text
    return _moto_call_action(self)


def dispatch(self: DomainDispatcherApplication, environ: dict[str, Any], start_response: Any) -> Any:
    """Requests under /_local_cognito/ go to this module's routes (section 9); everything else to moto."""
    if environ.get("PATH_INFO", "").startswith("/_local_cognito/"):
        return registration_app(environ, start_response)
    return _moto_dispatch(self, environ, start_response)


def delete_user_pool(self: CognitoIdpBackend, user_pool_id: str) -> None:
    """Deleting a pool deletes its clients' Secrets Manager secrets too ([chosen]). A pool that still has a domain is
    not deleted: InvalidParameterException "User pool cannot be deleted. It has a domain configured that should be
    deleted first." ([obs] terraform-provider-aws#14102 and #16479, aws-nuke#330)."""
    with _LOCK:
        pool = self.user_pools.get(user_pool_id)
        if pool is not None and pool.domain is not None:
            raise invalid_parameter("User pool cannot be deleted. It has a domain configured that should be deleted first.")
        for client in list(pool.clients.values()) if pool is not None else []:
            drop_published_secret(client)
            _SECRETS_BY_CLIENT_ID.pop(client.id, None)
    _moto_delete_user_pool(self, user_pool_id)


def create_user_pool(self: CognitoIdpBackend, name: str, extended_config: dict[str, Any]) -> CognitoIdpUserPool:
    pool = _moto_create_user_pool(self, name, extended_config)
    _set_pool_tier(pool, (extended_config or {}).get("UserPoolTier") or DEFAULT_POOL_TIER)
    return pool


def update_user_pool(self: CognitoIdpBackend, user_pool_id: str, extended_config: dict[str, Any]) -> None:
    _moto_update_user_pool(self, user_pool_id, extended_config)
    _set_pool_tier(self.describe_user_pool(user_pool_id), (extended_config or {}).get("UserPoolTier"))


def _initiate_auth(self: CognitoIdpBackend, client_id: str, auth_flow: str, auth_parameters: dict[str, str]) -> dict[str, Any]:
    require_secret_hash(client_id, auth_parameters)
    return _moto_initiate_auth(self, client_id, auth_flow, auth_parameters)


def _admin_initiate_auth(
    self: CognitoIdpBackend, user_pool_id: str, client_id: str, auth_flow: str, auth_parameters: dict[str, str]
) -> dict[str, Any]:
    require_secret_hash(client_id, auth_parameters)
    return _moto_admin_initiate_auth(self, user_pool_id, client_id, auth_flow, auth_parameters)


def _backend_describe_client(self: CognitoIdpBackend, user_pool_id: str, client_id: str) -> CognitoIdpUserPoolClient:
    return find_client(self, user_pool_id, client_id)


def _client_to_json(self: CognitoIdpUserPoolClient, extended: bool = False) -> dict[str, Any]:
    if extended and hasattr(self, "config"):
        return client_description(self)
    return _moto_client_to_json(self, extended)


_moto_client_to_json = CognitoIdpUserPoolClient.to_json
_moto_check_secret_hash = cognito_models.check_secret_hash
cognito_models.check_secret_hash = secret_hash_matches

CognitoIdpResponse.call_action = call_action
DomainDispatcherApplication.__call__ = dispatch
CognitoIdpBackend.create_user_pool = create_user_pool
CognitoIdpBackend.delete_user_pool = delete_user_pool
CognitoIdpBackend.update_user_pool = update_user_pool
CognitoIdpBackend.describe_user_pool_client = _backend_describe_client
CognitoIdpBackend.initiate_auth = _initiate_auth
CognitoIdpBackend.admin_initiate_auth = _admin_initiate_auth
CognitoIdpUserPoolClient.to_json = _client_to_json
for _handler in (
    create_user_pool_client,
    update_user_pool_client,
    describe_user_pool_client,
    delete_user_pool_client,
    list_user_pool_clients,
    add_user_pool_client_secret,
    delete_user_pool_client_secret,
    list_user_pool_client_secrets,
    get_user_pool_client_session_configuration,
    set_user_pool_client_session_configuration,
    get_user_pool_session_configuration,
    set_user_pool_session_configuration,
    create_managed_login_branding,
    update_managed_login_branding,
    delete_managed_login_branding,
    describe_managed_login_branding,
    describe_managed_login_branding_by_client,
    create_terms,
    update_terms,
    delete_terms,
    describe_terms,
    describe_terms_by_client,
    list_terms,
):
    setattr(CognitoIdpResponse, _handler.__name__, _handler)


# ---------------------------------------------------------------------------------------------------------------
# 15. Per-client surfaces
# ---------------------------------------------------------------------------------------------------------------
# Each module imports what it needs from this one (already loaded by then), registers its handlers on
# CognitoIdpResponse and its CLIENT_DELETE_HOOKS entry.

import cimd  # noqa: E402,F401
import risk_configuration  # noqa: E402,F401
import ui_customization  # noqa: E402,F401
