# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``purchase_a_license``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.purchase_a_license_data import PurchaseALicenseData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.purchase_a_license_upgrade import PurchaseALicenseUpgrade
    from ...types import UNSET, Unset

    pass

FUNCTION = "purchase_a_license"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "62"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/license-management/market-purchase_a_license.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "login_token": ("login_token", "str", True),
    "provider": ("provider", "str", True),
    "url_after_checkout": ("url_after_checkout", "str", True),
    "upgrade": ("upgrade", "PurchaseALicenseUpgrade", False),
}


def build_arguments(
    *,
    login_token: str,
    provider: str,
    url_after_checkout: str,
    upgrade: PurchaseALicenseUpgrade | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["login_token"] = login_token
    arguments["provider"] = provider
    arguments["url_after_checkout"] = url_after_checkout
    json_upgrade: int | Unset = UNSET
    if not isinstance(upgrade, Unset):
        json_upgrade = upgrade

    arguments["upgrade"] = json_upgrade

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> PurchaseALicenseData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = PurchaseALicenseData.from_dict(_data)

    return data
