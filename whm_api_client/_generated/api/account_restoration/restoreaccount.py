# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``restoreaccount``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.restoreaccount_all import RestoreaccountAll
    from ...models.restoreaccount_ip import RestoreaccountIp
    from ...models.restoreaccount_mail import RestoreaccountMail
    from ...models.restoreaccount_mysql import RestoreaccountMysql
    from ...models.restoreaccount_subs import RestoreaccountSubs
    from ...models.restoreaccount_type import RestoreaccountType
    from ...types import UNSET, Unset

    pass

FUNCTION = "restoreaccount"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.28"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/restore-account/backup-restoreaccount.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "type": ("type_", "RestoreaccountType", True),
    "user": ("user", "str", True),
    "all": ("all_", "RestoreaccountAll", False),
    "ip": ("ip", "RestoreaccountIp", False),
    "mail": ("mail", "RestoreaccountMail", False),
    "mysql": ("mysql", "RestoreaccountMysql", False),
    "subs": ("subs", "RestoreaccountSubs", False),
}


def build_arguments(
    *,
    type_: RestoreaccountType,
    user: str,
    all_: RestoreaccountAll | Unset = UNSET,
    ip: RestoreaccountIp | Unset = UNSET,
    mail: RestoreaccountMail | Unset = UNSET,
    mysql: RestoreaccountMysql | Unset = UNSET,
    subs: RestoreaccountSubs | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_type_: str = type_
    arguments["type"] = json_type_
    arguments["user"] = user
    json_all_: int | Unset = UNSET
    if not isinstance(all_, Unset):
        json_all_ = all_

    arguments["all"] = json_all_
    json_ip: int | Unset = UNSET
    if not isinstance(ip, Unset):
        json_ip = ip

    arguments["ip"] = json_ip
    json_mail: int | Unset = UNSET
    if not isinstance(mail, Unset):
        json_mail = mail

    arguments["mail"] = json_mail
    json_mysql: int | Unset = UNSET
    if not isinstance(mysql, Unset):
        json_mysql = mysql

    arguments["mysql"] = json_mysql
    json_subs: int | Unset = UNSET
    if not isinstance(subs, Unset):
        json_subs = subs

    arguments["subs"] = json_subs

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
