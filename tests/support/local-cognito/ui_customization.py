"""Section 15 of the faithful local Cognito API (see real_cognito.py): ui_customization.

The classic hosted UI's customization: SetUICustomization and GetUICustomization.

[doc] MODEL/APIREF SetUICustomization, GetUICustomization, UICustomizationType; DEVGUIDE "Customizing hosted UI
(classic) branding" (hosted-ui-classic-branding). A pool keeps its customizations by client ID, or "ALL" for the
pool's own (`customizations(pool)`), each {client_id, css, image (decoded bytes, or None), css_version, image_version,
created, modified}. The model's constraints (CSS 0-131072 characters, ImageFile 0-131072 bytes) run before these
handlers (section 2); the rules below are the service's.
"""
from __future__ import annotations

import base64
import re
from typing import Any

from moto.cognitoidp.models import CognitoIdpUserPool
from moto.cognitoidp.responses import CognitoIdpResponse
from moto.core.responses import ActionResult
from moto.core.utils import utcnow

from real_cognito import CLIENT_DELETE_HOOKS, CognitoError, _LOCK, _params, find_client, find_pool, invalid_parameter, pool_state

ALL = "ALL"
"""[doc] MODEL SetUICustomizationRequest ClientId: "To apply a default style to all app clients not configured with
client-level branding, set this parameter value to ALL". A request without ClientId is the pool's too [chosen]."""

MAX_IMAGE_BYTES = 102_400
"""[doc] DEVGUIDE "The maximum allowable size for a logo image file is 100 KB" (the archived guide,
awsdocs/amazon-cognito-developer-guide cognito-user-pools-app-ui-customization.md; today's: "no more than 100 KB")."""

MAX_REQUEST_BYTES = 138_240
"""[doc] DEVGUIDE "the request that sets your UI customization must not exceed 135 KB"; counted as the CSS (UTF-8)
plus the logo as base64, as the provider's check counts it [chosen]: the guide's 135 KB also holds the headers."""

IMAGE_SIGNATURES = {"PNG": b"\x89PNG\r\n\x1a\n", "JPEG": b"\xff\xd8\xff"}
"""[doc] DEVGUIDE "Choose a PNG, JPG, or JPEG file"; told apart by their first bytes [chosen]."""

CSS_SELECTORS = (
    ".background-customizable",
    ".banner-customizable",
    ".errorMessage-customizable",
    ".idpButton-customizable",
    ".idpButton-customizable:hover",
    ".idpDescription-customizable",
    ".inputField-customizable",
    ".inputField-customizable:focus",
    ".label-customizable",
    ".legalText-customizable",
    ".logo-customizable",
    ".passwordCheck-valid-customizable",
    ".passwordCheck-notValid-customizable",
    ".redirect-customizable",
    ".socialButton-customizable",
    ".submitButton-customizable",
    ".submitButton-customizable:hover",
    ".textDescription-customizable",
)
"""[doc] DEVGUIDE "You can use any of the following CSS class names" (18 today; the archived guide lists 13, and the
CSS Cognito returns for a client, CLIEX get-ui-customization, uses the other 5); at-rules are refused ([doc] "except
for ... @import, @supports, @page, or @media statements")."""

CLOUDFRONT = "https://d3local0cognito.cloudfront.net"
"""ImageUrl: [obs] CLIEX get-ui-customization "https://<id>.cloudfront.net/<pool>/<client>/<version>/assets/images/image.jpg"."""

_last_version = 0


def _next_version() -> str:
    """[obs] CLIEX CSSVersion "20250115191928", the same number in ImageUrl: a UTC timestamp; one later than the last
    when two sets share a second, so every set has a new version [chosen]."""
    global _last_version
    stamp = int(utcnow().strftime("%Y%m%d%H%M%S"))
    _last_version = max(stamp, _last_version + 1)
    return str(_last_version)


def customizations(pool: CognitoIdpUserPool) -> dict[str, dict[str, Any]]:
    """The pool's customizations by client ID or "ALL"; they go with the pool."""
    return pool_state(pool, "real_ui_customizations")


def require_domain(pool: CognitoIdpUserPool) -> None:
    """Both operations need a domain on the pool: InvalidParameterException "There has to be an existing domain
    associated with this user pool" ([doc] DEVGUIDE "To customize your UI, you must set up a domain for your user
    pool"; [obs] wording: terraform-provider-aws's aws_cognito_user_pool_ui_customization acceptance test, which
    catches it from GetUICustomization once the domain is gone, and a pasted `terraform apply` log)."""
    if getattr(pool, "domain", None) is None:
        raise invalid_parameter("There has to be an existing domain associated with this user pool")


def css_selectors(css: str) -> tuple[list[str], str | None]:
    """The selector lists of a style sheet's rules, comments left out, and what makes it unreadable if anything."""
    text = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    selectors: list[str] = []
    depth = 0
    prelude = ""
    for ch in text:
        if ch == "{":
            if depth == 0:
                selectors.extend(" ".join(s.split()) for s in prelude.split(","))
            depth += 1
            prelude = ""
        elif ch == "}":
            depth -= 1
            if depth < 0:
                return selectors, "a } without its {"
        elif depth == 0:
            prelude += ch
    if depth > 0:
        return selectors, "a { without its }"
    if prelude.strip():
        selectors.append(prelude.strip())
    return selectors, None


def check_customization(css: str | None, image: bytes | None, image_base64: str | None) -> None:
    """
    The service's rules, in this order, each an InvalidParameterException (wordings [chosen]): the logo's type (PNG
    or JPEG) and size (100 KB), the request's size (135 KB; [doc] the guide calls it "request parameters too large"),
    the CSS's selectors.
    """
    if image is not None:
        if not any(image.startswith(signature) for signature in IMAGE_SIGNATURES.values()):
            raise invalid_parameter("The image file must be a PNG or JPEG image.")
        if len(image) > MAX_IMAGE_BYTES:
            raise invalid_parameter(f"The image file must be at most {MAX_IMAGE_BYTES} bytes (100 KB); it is {len(image)} bytes.")
    size = len((css or "").encode("utf-8")) + len(image_base64 or "")
    if size > MAX_REQUEST_BYTES:
        raise invalid_parameter(f"Request parameters too large: the CSS and the image file are {size} bytes; at most {MAX_REQUEST_BYTES} (135 KB).")
    if css:
        selectors, problem = css_selectors(css)
        if problem is not None:
            raise invalid_parameter(f"The CSS cannot be read: it has {problem}.")
        refused = [s for s in dict.fromkeys(selectors) if s not in CSS_SELECTORS]
        if refused:
            raise invalid_parameter(
                f"The CSS uses selectors the hosted UI does not allow: {', '.join(refused)}. Allowed: {', '.join(CSS_SELECTORS)}."
            )


def _image_url(pool_id: str, key: str, version: str) -> str:
    return f"{CLOUDFRONT}/{pool_id}/{key}/{version}/assets/images/image.jpg"


def description(pool: CognitoIdpUserPool, item: dict[str, Any]) -> dict[str, Any]:
    """UICustomizationType: ImageUrl only with a logo, CSS only with CSS ([doc] MODEL: no member required)."""
    out: dict[str, Any] = {"UserPoolId": pool.id, "ClientId": item["client_id"]}
    if item["image"] is not None:
        out["ImageUrl"] = _image_url(pool.id, item["client_id"], item["image_version"])
    if item["css"] is not None:
        out["CSS"] = item["css"]
    out["CSSVersion"] = item["css_version"]
    out["CreationDate"] = item["created"]
    out["LastModifiedDate"] = item["modified"]
    return out


def _pool_and_key(self: CognitoIdpResponse, params: dict[str, Any]) -> tuple[CognitoIdpUserPool, str]:
    """The pool, and what the customization is kept under: the client's ID (the client must exist), or ALL."""
    pool = find_pool(self.backend, params["UserPoolId"])
    key = params.get("ClientId") or ALL
    if key != ALL:
        key = find_client(self.backend, params["UserPoolId"], key).id
    return pool, key


def set_ui_customization(self: CognitoIdpResponse) -> ActionResult:
    """
    The pool; the client unless ALL (ResourceNotFoundException); the domain; the rules of check_customization. A set
    replaces the CSS and the logo together ([doc] "You can't set CSS and logo customization separately"): what it
    does not send is gone. Neither CSS nor ImageFile removes that customization [chosen]; the client then shows the
    pool's ALL one.
    """
    params = _params(self)
    with _LOCK:
        pool, key = _pool_and_key(self, params)
        require_domain(pool)
        css = params.get("CSS")
        image_base64 = params.get("ImageFile")
        image = base64.b64decode(image_base64) if image_base64 is not None else None
        check_customization(css, image, image_base64)
        store = customizations(pool)
        if css is None and image is None:
            store.pop(key, None)
            return ActionResult({"UICustomization": {"UserPoolId": pool.id, "ClientId": key}})
        now = utcnow()
        version = _next_version()
        previous = store.get(key)
        store[key] = {
            "client_id": key,
            "css": css,
            "image": image,
            "css_version": version,
            "image_version": version,
            "created": previous["created"] if previous else now,
            "modified": now,
        }
        return ActionResult({"UICustomization": description(pool, store[key])})


def get_ui_customization(self: CognitoIdpResponse) -> ActionResult:
    """
    The pool; the client unless ALL (ResourceNotFoundException); the domain ([obs] as Set). The client's own
    customization; else the pool's ALL one ([doc] APIREF "Returns user-pool level branding information if no app
    client branding is applied"); else an empty object ([doc] "Returns an empty object if you haven't applied hosted
    UI branding").
    """
    params = _params(self)
    with _LOCK:
        pool, key = _pool_and_key(self, params)
        require_domain(pool)
        store = customizations(pool)
        item = store.get(key) or store.get(ALL)
        return ActionResult({"UICustomization": description(pool, item) if item else {}})


def drop_client_customization(pool: CognitoIdpUserPool, client_id: str) -> None:
    """Deleting an app client deletes its own customization [chosen]; the pool's ALL one stays."""
    customizations(pool).pop(client_id, None)


for _handler in (set_ui_customization, get_ui_customization):
    setattr(CognitoIdpResponse, _handler.__name__, _handler)
CLIENT_DELETE_HOOKS.append(drop_client_customization)
