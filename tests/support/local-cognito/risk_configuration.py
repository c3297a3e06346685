"""
Section 15 of the faithful local Cognito API (see real_cognito.py): risk_configuration, the threat protection of a
user pool and of its app clients.

[doc] MODEL/APIREF SetRiskConfiguration, DescribeRiskConfiguration, RiskConfigurationType. A pool keeps one
configuration of its own (set without ClientId) and one per app client (set with ClientId); the model's constraints
(section 2) have run before any handler here. Each set replaces the whole configuration it names, blocks not sent
included [doc] ("Configures threat protection"; terraform-provider-aws's aws_cognito_risk_configuration sends every
block on each update). Stored members are described exactly as sent: an omitted EventFilter stays omitted [chosen]
(the model: it "Defaults to all events", which the package's normal form reads it as).
"""
from __future__ import annotations

import ipaddress
from typing import Any

from moto.cognitoidp.models import CognitoIdpUserPool
from moto.cognitoidp.responses import CognitoIdpResponse
from moto.core.responses import ActionResult
from moto.core.utils import utcnow

from real_cognito import CLIENT_DELETE_HOOKS, CognitoError, _LOCK, _params, find_client, find_pool, invalid_parameter, pool_state, pool_tier

BLOCKS = ("CompromisedCredentialsRiskConfiguration", "AccountTakeoverRiskConfiguration", "RiskExceptionConfiguration")
IP_LISTS = ("BlockedIPRangeList", "SkippedIPRangeList")
ACTION_LEVELS = ("LowAction", "MediumAction", "HighAction")
THREAT_PROTECTION_MODES = ("AUDIT", "ENFORCED")


def risk_store(pool: CognitoIdpUserPool) -> dict[str, Any]:
    """{"pool": the pool's configuration or None, "clients": {client_id: configuration}}; goes with the pool."""
    return pool_state(pool, "real_risk", lambda: {"pool": None, "clients": {}})


def require_threat_protection(pool: CognitoIdpUserPool) -> None:
    """
    Both operations need the Plus tier ([doc] "your user pool must be on the Plus tier") and threat protection on,
    UserPoolAddOns.AdvancedSecurityMode AUDIT or ENFORCED ([doc] UserPoolAddOnNotEnabledException "when user pool
    add-ons aren't enabled"). Either missing: UserPoolAddOnNotEnabledException [chosen: the one exception for both,
    and the wording].
    """
    mode = (pool.extended_config.get("UserPoolAddOns") or {}).get("AdvancedSecurityMode", "OFF")
    if pool_tier(pool) != "PLUS" or mode not in THREAT_PROTECTION_MODES:
        raise CognitoError(
            "UserPoolAddOnNotEnabledException",
            f"Threat protection is not enabled for user pool {pool.id}: it needs the Plus feature plan and "
            "AdvancedSecurityMode AUDIT or ENFORCED.",
        )


def _is_cidr(value: str) -> bool:
    """An address, a slash and a prefix length in range, IPv4 or IPv6 (host bits may be set)."""
    if value.count("/") != 1:
        return False
    try:
        ipaddress.ip_network(value, strict=False)
    except ValueError:
        return False
    return True


def check_risk_rules(params: dict[str, Any]) -> None:
    """
    Service rules the model cannot express: every IP list entry a CIDR range ([doc] MODEL RiskExceptionConfigurationType
    "displayed and set in CIDR notation", as CloudFormation and CDK document it; refusing others [chosen]); an action with Notify true needs NotifyConfiguration
    (the SES identity to send from) [chosen]. InvalidParameterException naming the value [chosen].
    """
    exceptions = params.get("RiskExceptionConfiguration") or {}
    for name in IP_LISTS:
        for entry in exceptions.get(name) or []:
            if not _is_cidr(entry):
                raise invalid_parameter(f"{entry} in {name} is not a valid IP address range in CIDR notation.")
    takeover = params.get("AccountTakeoverRiskConfiguration")
    if takeover and "NotifyConfiguration" not in takeover:
        actions = takeover.get("Actions") or {}
        notifying = [level for level in ACTION_LEVELS if (actions.get(level) or {}).get("Notify")]
        if notifying:
            raise invalid_parameter(f"NotifyConfiguration is required when Notify is true ({', '.join(notifying)}).")


def describe(pool: CognitoIdpUserPool, client_id: str | None, stored: dict[str, Any] | None) -> dict[str, Any]:
    """RiskConfigurationType: UserPoolId, ClientId for a client's own, the blocks as sent, LastModifiedDate."""
    out: dict[str, Any] = {"UserPoolId": pool.id}
    if client_id is not None:
        out["ClientId"] = client_id
    if stored is not None:
        out.update({block: stored[block] for block in BLOCKS if block in stored})
        out["LastModifiedDate"] = stored["modified"]
    return out


def set_risk_configuration(self: CognitoIdpResponse) -> ActionResult:
    """
    The pool, the client (ResourceNotFoundException), threat protection, the service rules, then the change. UserPoolId
    and ClientId only: the client's own configuration is removed and the pool's applies again ([doc]); UserPoolId
    only: the pool's configuration goes back to the defaults, here none ([doc] "to defaults"; none [chosen]).
    LastModifiedDate changes on every set.
    """
    params = _params(self)
    with _LOCK:
        pool, client_id = _pool_and_client(self, params)
        require_threat_protection(pool)
        check_risk_rules(params)
        store = risk_store(pool)
        blocks = {block: params[block] for block in BLOCKS if block in params}
        stored = {**blocks, "modified": utcnow()} if blocks else None
        if client_id is None:
            store["pool"] = stored
        elif stored is None:
            store["clients"].pop(client_id, None)
        else:
            store["clients"][client_id] = stored
        shown = stored if stored is not None else {"modified": utcnow()}
        return ActionResult({"RiskConfiguration": describe(pool, client_id, shown)})


def _pool_and_client(self: CognitoIdpResponse, params: dict[str, Any]) -> tuple[CognitoIdpUserPool, str | None]:
    """The pool, and the client when the request names one (ResourceNotFoundException for either, as elsewhere)."""
    pool = find_pool(self.backend, params["UserPoolId"])
    client_id = params.get("ClientId")
    if client_id is not None:
        find_client(self.backend, params["UserPoolId"], client_id)
    return pool, client_id


def describe_risk_configuration(self: CognitoIdpResponse) -> ActionResult:
    """
    A client with its own configuration: it, with ClientId. A client without: the pool's, without ClientId, or
    UserPoolId alone when the pool has none [chosen, after the issue's reading: the configuration that applies].
    """
    params = _params(self)
    with _LOCK:
        pool, client_id = _pool_and_client(self, params)
        require_threat_protection(pool)
        store = risk_store(pool)
        own = store["clients"].get(client_id) if client_id is not None else None
        if own is not None:
            return ActionResult({"RiskConfiguration": describe(pool, client_id, own)})
        return ActionResult({"RiskConfiguration": describe(pool, None, store["pool"])})


def drop_client_risk_configuration(pool: CognitoIdpUserPool, client_id: str) -> None:
    """Deleting an app client deletes its own configuration [chosen]."""
    risk_store(pool)["clients"].pop(client_id, None)


for _handler in (set_risk_configuration, describe_risk_configuration):
    setattr(CognitoIdpResponse, _handler.__name__, _handler)
CLIENT_DELETE_HOOKS.append(drop_client_risk_configuration)
