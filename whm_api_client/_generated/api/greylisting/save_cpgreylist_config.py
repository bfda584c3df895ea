# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``save_cpgreylist_config``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.save_cpgreylist_config_data import SaveCpgreylistConfigData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.save_cpgreylist_config_spf_bypass import (
        SaveCpgreylistConfigSpfBypass,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "save_cpgreylist_config"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.50"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "child_timeout_secs": ("child_timeout_secs", "int", False),
    "initial_block_time_mins": ("initial_block_time_mins", "int", False),
    "max_child_procs": ("max_child_procs", "int", False),
    "must_try_time_mins": ("must_try_time_mins", "int", False),
    "purge_interval_mins": ("purge_interval_mins", "int", False),
    "record_exp_time_mins": ("record_exp_time_mins", "int", False),
    "spf_bypass": ("spf_bypass", "SaveCpgreylistConfigSpfBypass", False),
}


def build_arguments(
    *,
    child_timeout_secs: int | Unset = UNSET,
    initial_block_time_mins: int | Unset = UNSET,
    max_child_procs: int | Unset = UNSET,
    must_try_time_mins: int | Unset = UNSET,
    purge_interval_mins: int | Unset = UNSET,
    record_exp_time_mins: int | Unset = UNSET,
    spf_bypass: SaveCpgreylistConfigSpfBypass | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["child_timeout_secs"] = child_timeout_secs
    arguments["initial_block_time_mins"] = initial_block_time_mins
    arguments["max_child_procs"] = max_child_procs
    arguments["must_try_time_mins"] = must_try_time_mins
    arguments["purge_interval_mins"] = purge_interval_mins
    arguments["record_exp_time_mins"] = record_exp_time_mins
    json_spf_bypass: int | Unset = UNSET
    if not isinstance(spf_bypass, Unset):
        json_spf_bypass = spf_bypass

    arguments["spf_bypass"] = json_spf_bypass

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> SaveCpgreylistConfigData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = SaveCpgreylistConfigData.from_dict(_data)

    return data
