# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``cpgreylist_save_common_mail_providers_config``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.cpgreylist_save_common_mail_providers_config_data import CpgreylistSaveCommonMailProvidersConfigData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.cpgreylist_save_common_mail_providers_config_autotrust_new_common_mail_providers import (
        CpgreylistSaveCommonMailProvidersConfigAutotrustNewCommonMailProviders,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "cpgreylist_save_common_mail_providers_config"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.52"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "autotrust_new_common_mail_providers": (
        "autotrust_new_common_mail_providers",
        "CpgreylistSaveCommonMailProvidersConfigAutotrustNewCommonMailProviders",
        False,
    ),
    "PROVIDERKEY": ("providerkey", "int", False),
}


def build_arguments(
    *,
    autotrust_new_common_mail_providers: CpgreylistSaveCommonMailProvidersConfigAutotrustNewCommonMailProviders
    | Unset = UNSET,
    providerkey: int | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_autotrust_new_common_mail_providers: int | Unset = UNSET
    if not isinstance(autotrust_new_common_mail_providers, Unset):
        json_autotrust_new_common_mail_providers = autotrust_new_common_mail_providers

    arguments["autotrust_new_common_mail_providers"] = json_autotrust_new_common_mail_providers
    arguments["PROVIDERKEY"] = providerkey

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> CpgreylistSaveCommonMailProvidersConfigData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = CpgreylistSaveCommonMailProvidersConfigData.from_dict(_data)

    return data
