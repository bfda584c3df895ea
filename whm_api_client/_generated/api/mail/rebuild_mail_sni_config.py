# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``rebuild_mail_sni_config``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.rebuild_mail_sni_config_data import RebuildMailSniConfigData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.rebuild_mail_sni_config_reload_dovecot import RebuildMailSniConfigReloadDovecot
    from ...types import UNSET, Unset

    pass

FUNCTION = "rebuild_mail_sni_config"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.48"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/mail-server-settings/ssl-rebuild_mail_sni_config.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "reload_dovecot": ("reload_dovecot", "RebuildMailSniConfigReloadDovecot", False),
}


def build_arguments(
    *,
    reload_dovecot: RebuildMailSniConfigReloadDovecot | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_reload_dovecot: int | Unset = UNSET
    if not isinstance(reload_dovecot, Unset):
        json_reload_dovecot = reload_dovecot

    arguments["reload_dovecot"] = json_reload_dovecot

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> RebuildMailSniConfigData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = RebuildMailSniConfigData.from_dict(_data)

    return data
