# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``start_background_pkgacct``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.start_background_pkgacct_data import StartBackgroundPkgacctData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.start_background_pkgacct_compressionsetting import StartBackgroundPkgacctCompressionsetting
    from ...models.start_background_pkgacct_incremental import (
        StartBackgroundPkgacctIncremental,
    )
    from ...models.start_background_pkgacct_low_priority import (
        StartBackgroundPkgacctLowPriority,
    )
    from ...models.start_background_pkgacct_serialized_output import (
        StartBackgroundPkgacctSerializedOutput,
    )
    from ...models.start_background_pkgacct_skipacctdb import (
        StartBackgroundPkgacctSkipacctdb,
    )
    from ...models.start_background_pkgacct_skipapitokens import (
        StartBackgroundPkgacctSkipapitokens,
    )
    from ...models.start_background_pkgacct_skipauthnlinks import (
        StartBackgroundPkgacctSkipauthnlinks,
    )
    from ...models.start_background_pkgacct_skipbwdata import (
        StartBackgroundPkgacctSkipbwdata,
    )
    from ...models.start_background_pkgacct_skipdnssec import (
        StartBackgroundPkgacctSkipdnssec,
    )
    from ...models.start_background_pkgacct_skipdnszones import (
        StartBackgroundPkgacctSkipdnszones,
    )
    from ...models.start_background_pkgacct_skipftpusers import (
        StartBackgroundPkgacctSkipftpusers,
    )
    from ...models.start_background_pkgacct_skiphomedir import (
        StartBackgroundPkgacctSkiphomedir,
    )
    from ...models.start_background_pkgacct_skiplinkednodes import (
        StartBackgroundPkgacctSkiplinkednodes,
    )
    from ...models.start_background_pkgacct_skiplogs import (
        StartBackgroundPkgacctSkiplogs,
    )
    from ...models.start_background_pkgacct_skipresellerconfig import (
        StartBackgroundPkgacctSkipresellerconfig,
    )
    from ...models.start_background_pkgacct_skipshell import (
        StartBackgroundPkgacctSkipshell,
    )
    from ...models.start_background_pkgacct_skipvhosttemplates import (
        StartBackgroundPkgacctSkipvhosttemplates,
    )
    from ...models.start_background_pkgacct_split import (
        StartBackgroundPkgacctSplit,
    )
    from ...models.start_background_pkgacct_use_backups import (
        StartBackgroundPkgacctUseBackups,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "start_background_pkgacct"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "54"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/backup-or-restore/backup-start_background_pkgacct.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "user": ("user", "str", True),
    "compressionsetting": ("compressionsetting", "StartBackgroundPkgacctCompressionsetting", False),
    "incremental": ("incremental", "StartBackgroundPkgacctIncremental", False),
    "low_priority": ("low_priority", "StartBackgroundPkgacctLowPriority", False),
    "mysqlver": ("mysqlver", "str", False),
    "serialized_output": ("serialized_output", "StartBackgroundPkgacctSerializedOutput", False),
    "skipacctdb": ("skipacctdb", "StartBackgroundPkgacctSkipacctdb", False),
    "skipapitokens": ("skipapitokens", "StartBackgroundPkgacctSkipapitokens", False),
    "skipauthnlinks": ("skipauthnlinks", "StartBackgroundPkgacctSkipauthnlinks", False),
    "skipbwdata": ("skipbwdata", "StartBackgroundPkgacctSkipbwdata", False),
    "skipdnssec": ("skipdnssec", "StartBackgroundPkgacctSkipdnssec", False),
    "skipdnszones": ("skipdnszones", "StartBackgroundPkgacctSkipdnszones", False),
    "skipftpusers": ("skipftpusers", "StartBackgroundPkgacctSkipftpusers", False),
    "skiphomedir": ("skiphomedir", "StartBackgroundPkgacctSkiphomedir", False),
    "skiplinkednodes": ("skiplinkednodes", "StartBackgroundPkgacctSkiplinkednodes", False),
    "skiplogs": ("skiplogs", "StartBackgroundPkgacctSkiplogs", False),
    "skipresellerconfig": ("skipresellerconfig", "StartBackgroundPkgacctSkipresellerconfig", False),
    "skipshell": ("skipshell", "StartBackgroundPkgacctSkipshell", False),
    "skipvhosttemplates": ("skipvhosttemplates", "StartBackgroundPkgacctSkipvhosttemplates", False),
    "split": ("split", "StartBackgroundPkgacctSplit", False),
    "tarroot": ("tarroot", "str", False),
    "use_backups": ("use_backups", "StartBackgroundPkgacctUseBackups", False),
}


def build_arguments(
    *,
    user: str,
    compressionsetting: StartBackgroundPkgacctCompressionsetting | Unset = UNSET,
    incremental: StartBackgroundPkgacctIncremental | Unset = UNSET,
    low_priority: StartBackgroundPkgacctLowPriority | Unset = UNSET,
    mysqlver: str | Unset = UNSET,
    serialized_output: StartBackgroundPkgacctSerializedOutput | Unset = UNSET,
    skipacctdb: StartBackgroundPkgacctSkipacctdb | Unset = UNSET,
    skipapitokens: StartBackgroundPkgacctSkipapitokens | Unset = UNSET,
    skipauthnlinks: StartBackgroundPkgacctSkipauthnlinks | Unset = UNSET,
    skipbwdata: StartBackgroundPkgacctSkipbwdata | Unset = UNSET,
    skipdnssec: StartBackgroundPkgacctSkipdnssec | Unset = UNSET,
    skipdnszones: StartBackgroundPkgacctSkipdnszones | Unset = UNSET,
    skipftpusers: StartBackgroundPkgacctSkipftpusers | Unset = UNSET,
    skiphomedir: StartBackgroundPkgacctSkiphomedir | Unset = UNSET,
    skiplinkednodes: StartBackgroundPkgacctSkiplinkednodes | Unset = UNSET,
    skiplogs: StartBackgroundPkgacctSkiplogs | Unset = UNSET,
    skipresellerconfig: StartBackgroundPkgacctSkipresellerconfig | Unset = UNSET,
    skipshell: StartBackgroundPkgacctSkipshell | Unset = UNSET,
    skipvhosttemplates: StartBackgroundPkgacctSkipvhosttemplates | Unset = UNSET,
    split: StartBackgroundPkgacctSplit | Unset = UNSET,
    tarroot: str | Unset = UNSET,
    use_backups: StartBackgroundPkgacctUseBackups | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["user"] = user
    json_compressionsetting: str | Unset = UNSET
    if not isinstance(compressionsetting, Unset):
        json_compressionsetting = compressionsetting

    arguments["compressionsetting"] = json_compressionsetting
    json_incremental: int | Unset = UNSET
    if not isinstance(incremental, Unset):
        json_incremental = incremental

    arguments["incremental"] = json_incremental
    json_low_priority: int | Unset = UNSET
    if not isinstance(low_priority, Unset):
        json_low_priority = low_priority

    arguments["low_priority"] = json_low_priority
    arguments["mysqlver"] = mysqlver
    json_serialized_output: int | Unset = UNSET
    if not isinstance(serialized_output, Unset):
        json_serialized_output = serialized_output

    arguments["serialized_output"] = json_serialized_output
    json_skipacctdb: int | Unset = UNSET
    if not isinstance(skipacctdb, Unset):
        json_skipacctdb = skipacctdb

    arguments["skipacctdb"] = json_skipacctdb
    json_skipapitokens: int | Unset = UNSET
    if not isinstance(skipapitokens, Unset):
        json_skipapitokens = skipapitokens

    arguments["skipapitokens"] = json_skipapitokens
    json_skipauthnlinks: int | Unset = UNSET
    if not isinstance(skipauthnlinks, Unset):
        json_skipauthnlinks = skipauthnlinks

    arguments["skipauthnlinks"] = json_skipauthnlinks
    json_skipbwdata: int | Unset = UNSET
    if not isinstance(skipbwdata, Unset):
        json_skipbwdata = skipbwdata

    arguments["skipbwdata"] = json_skipbwdata
    json_skipdnssec: int | Unset = UNSET
    if not isinstance(skipdnssec, Unset):
        json_skipdnssec = skipdnssec

    arguments["skipdnssec"] = json_skipdnssec
    json_skipdnszones: int | Unset = UNSET
    if not isinstance(skipdnszones, Unset):
        json_skipdnszones = skipdnszones

    arguments["skipdnszones"] = json_skipdnszones
    json_skipftpusers: int | Unset = UNSET
    if not isinstance(skipftpusers, Unset):
        json_skipftpusers = skipftpusers

    arguments["skipftpusers"] = json_skipftpusers
    json_skiphomedir: int | Unset = UNSET
    if not isinstance(skiphomedir, Unset):
        json_skiphomedir = skiphomedir

    arguments["skiphomedir"] = json_skiphomedir
    json_skiplinkednodes: int | Unset = UNSET
    if not isinstance(skiplinkednodes, Unset):
        json_skiplinkednodes = skiplinkednodes

    arguments["skiplinkednodes"] = json_skiplinkednodes
    json_skiplogs: int | Unset = UNSET
    if not isinstance(skiplogs, Unset):
        json_skiplogs = skiplogs

    arguments["skiplogs"] = json_skiplogs
    json_skipresellerconfig: int | Unset = UNSET
    if not isinstance(skipresellerconfig, Unset):
        json_skipresellerconfig = skipresellerconfig

    arguments["skipresellerconfig"] = json_skipresellerconfig
    json_skipshell: int | Unset = UNSET
    if not isinstance(skipshell, Unset):
        json_skipshell = skipshell

    arguments["skipshell"] = json_skipshell
    json_skipvhosttemplates: int | Unset = UNSET
    if not isinstance(skipvhosttemplates, Unset):
        json_skipvhosttemplates = skipvhosttemplates

    arguments["skipvhosttemplates"] = json_skipvhosttemplates
    json_split: int | Unset = UNSET
    if not isinstance(split, Unset):
        json_split = split

    arguments["split"] = json_split
    arguments["tarroot"] = tarroot
    json_use_backups: int | Unset = UNSET
    if not isinstance(use_backups, Unset):
        json_use_backups = use_backups

    arguments["use_backups"] = json_use_backups

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> StartBackgroundPkgacctData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = StartBackgroundPkgacctData.from_dict(_data)

    return data
