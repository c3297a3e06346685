"""
Section 15 of the faithful local Cognito API (see real_cognito.py): cimd, the client ID metadata document (CIMD)
policies of app clients.

[doc] MODEL/APIREF CreateCIMDPolicy, UpdateCIMDPolicy, DescribeCIMDPolicy, DeleteCIMDPolicy, ListCIMDPolicies,
CIMDPolicyType, CIMDPolicySummaryType. A policy lets outside OAuth clients use an HTTPS URL as their client_id; Cognito
accepts one whose URL matches the policy's URLPatterns as the policy's app client. A pool keeps its policies by
CIMDPolicyId, in creation order (`cimd_policies(pool)`), each {id, name, client_id, url_patterns, cache_duration,
created, modified}. Model validation (section 2) has already checked every member's constraints (PolicyName 1-32,
URLPatterns 1-5 of 12-256 characters of the model's pattern, CacheDuration 86400-31556952, MaxResults 1-60); these
are the service rules the model cannot express.
"""
from __future__ import annotations

from typing import Any

from moto.cognitoidp.models import CognitoIdpUserPool, CognitoIdpUserPoolClient
from moto.cognitoidp.responses import CognitoIdpResponse
from moto.core.responses import ActionResult, EmptyResult
from moto.core.utils import utcnow
from moto.moto_api._internal import mock_random as random

from real_cognito import (
    CLIENT_DELETE_HOOKS,
    CognitoError,
    _LOCK,
    _params,
    find_client,
    find_pool,
    invalid_parameter,
    pool_state,
    pool_tier,
)

DEFAULT_CACHE_DURATION = 86400
"""CacheDuration when Create leaves it out: one day ([doc] MODEL CreateCIMDPolicyRequest CacheDuration)."""

DEFAULT_LIST_CIMD_MAX_RESULTS = 60
"""ListCIMDPolicies without MaxResults: pages of 60, the model's maximum [chosen]."""

_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
_ID_LENGTH = 26
"""CIMDPolicyId: lowercase letters and digits ([doc] MODEL CIMDPolicyIdType ^[a-z0-9]+$); the length [chosen]."""


def cimd_policies(pool: CognitoIdpUserPool) -> dict[str, dict[str, Any]]:
    """The pool's CIMD policies by ID, in creation order; they go with the pool when it is deleted [chosen]."""
    return pool_state(pool, "real_cimd_policies")


def find_policy(pool: CognitoIdpUserPool, policy_id: str) -> dict[str, Any]:
    """An unknown CIMDPolicyId: ResourceNotFoundException ([doc] error lists; wording [chosen])."""
    policy = cimd_policies(pool).get(policy_id)
    if policy is None:
        raise CognitoError("ResourceNotFoundException", f"CIMD policy {policy_id} does not exist.")
    return policy


def check_tier(pool: CognitoIdpUserPool) -> None:
    """Create and Update need the Essentials or Plus tier: FeatureUnavailableInTierException in a LITE pool ([doc]
    error lists name the exception; that LITE lacks the feature [chosen])."""
    if pool_tier(pool) == "LITE":
        raise CognitoError(
            "FeatureUnavailableInTierException",
            "CIMD policies are not available in the Lite feature plan. Upgrade the user pool to the Essentials or Plus feature plan.",
        )


def check_public_client(client: CognitoIdpUserPoolClient) -> None:
    """A client with a secret, or with client_credentials among its AllowedOAuthFlows, is no public client:
    InvalidParameterException [chosen] (the documentation describes CIMD clients as public OAuth clients)."""
    flows = client.config.get("AllowedOAuthFlows", []) if hasattr(client, "config") else []
    if getattr(client, "secrets", None) or "client_credentials" in flows:
        raise invalid_parameter(
            f"CIMD policies can be associated only with public app clients; app client {client.id} has a client secret "
            "or allows the client_credentials flow."
        )


def check_unique_name(pool: CognitoIdpUserPool, client_id: str, name: str, policy_id: str | None = None) -> None:
    """A name another policy of the client has: InvalidParameterException [chosen]."""
    for policy in cimd_policies(pool).values():
        if policy["client_id"] == client_id and policy["name"] == name and policy["id"] != policy_id:
            raise invalid_parameter(f"App client {client_id} already has a CIMD policy named {name}.")


def new_policy_id(pool: CognitoIdpUserPool) -> str:
    while True:
        policy_id = "".join(random.choice(_ID_ALPHABET) for _ in range(_ID_LENGTH))
        if policy_id not in cimd_policies(pool):
            return policy_id


def policy_description(pool: CognitoIdpUserPool, policy: dict[str, Any]) -> dict[str, Any]:
    """The CIMDPolicyType of Create, Update and Describe; ClientId omitted once the client is gone ([doc] MODEL
    CIMDPolicyType.ClientId "Amazon Cognito omits this value when the app client no longer exists")."""
    out: dict[str, Any] = {
        "UserPoolId": pool.id,
        "CIMDPolicyId": policy["id"],
        "PolicyName": policy["name"],
        "CacheDuration": policy["cache_duration"],
        "URLPatterns": list(policy["url_patterns"]),
        "CreationDate": policy["created"],
        "LastModifiedDate": policy["modified"],
    }
    if policy["client_id"] is not None:
        out["ClientId"] = policy["client_id"]
    return out


def policy_summary(policy: dict[str, Any]) -> dict[str, Any]:
    """A ListCIMDPolicies entry: CIMDPolicySummaryType, no URLPatterns ([doc] MODEL)."""
    out = {
        "CIMDPolicyId": policy["id"],
        "PolicyName": policy["name"],
        "CacheDuration": policy["cache_duration"],
        "CreationDate": policy["created"],
        "LastModifiedDate": policy["modified"],
    }
    if policy["client_id"] is not None:
        out["ClientId"] = policy["client_id"]
    return out


def policies_page(
    pool: CognitoIdpUserPool, max_results: int | None, next_token: str | None
) -> tuple[list[dict[str, Any]], str | None]:
    """
    Pages in creation order: MaxResults per page, DEFAULT_LIST_CIMD_MAX_RESULTS when omitted; NextToken is the ID the
    next page starts at, absent on the last page; a token that names no policy of the pool: InvalidParameterException
    [chosen].
    """
    policies = list(cimd_policies(pool).values())
    start = 0
    if next_token is not None:
        ids = [policy["id"] for policy in policies]
        if next_token not in ids:
            raise invalid_parameter(f"The pagination token {next_token} is not valid.")
        start = ids.index(next_token)
    size = max_results or DEFAULT_LIST_CIMD_MAX_RESULTS
    page = policies[start:start + size]
    following = policies[start + size]["id"] if start + size < len(policies) else None
    return page, following


def orphan_client_policies(pool: CognitoIdpUserPool, client_id: str) -> None:
    """DeleteUserPoolClient leaves the client's policies; their ClientId is omitted from then on ([doc] MODEL
    CIMDPolicyType.ClientId)."""
    for policy in cimd_policies(pool).values():
        if policy["client_id"] == client_id:
            policy["client_id"] = None


def create_cimd_policy(self: CognitoIdpResponse) -> ActionResult:
    """The pool, the client, the tier, a public client, a new name; CacheDuration 86400 when omitted."""
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        client = find_client(self.backend, params["UserPoolId"], params["ClientId"])
        check_tier(pool)
        check_public_client(client)
        check_unique_name(pool, client.id, params["PolicyName"])
        now = utcnow()
        policy = {
            "id": new_policy_id(pool),
            "name": params["PolicyName"],
            "client_id": client.id,
            "url_patterns": list(params["URLPatterns"]),
            "cache_duration": params.get("CacheDuration", DEFAULT_CACHE_DURATION),
            "created": now,
            "modified": now,
        }
        cimd_policies(pool)[policy["id"]] = policy
        return ActionResult({"CIMDPolicy": policy_description(pool, policy)})


def update_cimd_policy(self: CognitoIdpResponse) -> ActionResult:
    """
    An unknown ID: ResourceNotFoundException; a ClientId that is not the policy's client: InvalidParameterException
    [chosen]. URLPatterns (required) replaces the list; PolicyName and CacheDuration replace when sent and are kept
    when omitted [chosen]. LastModifiedDate changes.
    """
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        policy = find_policy(pool, params["CIMDPolicyId"])
        check_tier(pool)
        if policy["client_id"] != params["ClientId"]:
            raise invalid_parameter(f"CIMD policy {policy['id']} does not belong to app client {params['ClientId']}.")
        if "PolicyName" in params:
            check_unique_name(pool, policy["client_id"], params["PolicyName"], policy["id"])
            policy["name"] = params["PolicyName"]
        if "CacheDuration" in params:
            policy["cache_duration"] = params["CacheDuration"]
        policy["url_patterns"] = list(params["URLPatterns"])
        policy["modified"] = utcnow()
        return ActionResult({"CIMDPolicy": policy_description(pool, policy)})


def describe_cimd_policy(self: CognitoIdpResponse) -> ActionResult:
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        return ActionResult({"CIMDPolicy": policy_description(pool, find_policy(pool, params["CIMDPolicyId"]))})


def delete_cimd_policy(self: CognitoIdpResponse) -> EmptyResult:
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        find_policy(pool, params["CIMDPolicyId"])
        del cimd_policies(pool)[params["CIMDPolicyId"]]
        return EmptyResult()


def list_cimd_policies(self: CognitoIdpResponse) -> ActionResult:
    params = _params(self)
    with _LOCK:
        pool = find_pool(self.backend, params["UserPoolId"])
        page, next_token = policies_page(pool, params.get("MaxResults"), params.get("NextToken"))
        out: dict[str, Any] = {"CIMDPolicies": [policy_summary(policy) for policy in page]}
        if next_token:
            out["NextToken"] = next_token
        return ActionResult(out)


for _handler in (create_cimd_policy, update_cimd_policy, describe_cimd_policy, delete_cimd_policy, list_cimd_policies):
    setattr(CognitoIdpResponse, _handler.__name__, _handler)
CLIENT_DELETE_HOOKS.append(orphan_client_policies)
