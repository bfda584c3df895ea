# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``restore_queue_add_task``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.restore_queue_add_task_data import RestoreQueueAddTaskData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.restore_queue_add_task_give_ip import RestoreQueueAddTaskGiveIp
    from ...models.restore_queue_add_task_mail_config import (
        RestoreQueueAddTaskMailConfig,
    )
    from ...models.restore_queue_add_task_mysql import RestoreQueueAddTaskMysql
    from ...models.restore_queue_add_task_subdomains import (
        RestoreQueueAddTaskSubdomains,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "restore_queue_add_task"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.38"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/restore-account/backup-restore_queue_add_task.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "restore_point": ("restore_point", "str", True),
    "user": ("user", "str", True),
    "destid": ("destid", "str", False),
    "give_ip": ("give_ip", "RestoreQueueAddTaskGiveIp", False),
    "mail_config": ("mail_config", "RestoreQueueAddTaskMailConfig", False),
    "mysql": ("mysql", "RestoreQueueAddTaskMysql", False),
    "subdomains": ("subdomains", "RestoreQueueAddTaskSubdomains", False),
}


def build_arguments(
    *,
    restore_point: str,
    user: str,
    destid: str | Unset = UNSET,
    give_ip: RestoreQueueAddTaskGiveIp | Unset = UNSET,
    mail_config: RestoreQueueAddTaskMailConfig | Unset = UNSET,
    mysql: RestoreQueueAddTaskMysql | Unset = UNSET,
    subdomains: RestoreQueueAddTaskSubdomains | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["restore_point"] = restore_point
    arguments["user"] = user
    arguments["destid"] = destid
    json_give_ip: int | Unset = UNSET
    if not isinstance(give_ip, Unset):
        json_give_ip = give_ip

    arguments["give_ip"] = json_give_ip
    json_mail_config: int | Unset = UNSET
    if not isinstance(mail_config, Unset):
        json_mail_config = mail_config

    arguments["mail_config"] = json_mail_config
    json_mysql: int | Unset = UNSET
    if not isinstance(mysql, Unset):
        json_mysql = mysql

    arguments["mysql"] = json_mysql
    json_subdomains: int | Unset = UNSET
    if not isinstance(subdomains, Unset):
        json_subdomains = subdomains

    arguments["subdomains"] = json_subdomains

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> RestoreQueueAddTaskData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = RestoreQueueAddTaskData.from_dict(_data)

    return data
