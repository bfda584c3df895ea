"""cpsrvd's meta arguments: ``api.columns``, ``api.filter``, ``api.sort``, ``api.chunk`` (§5).

Applied in that order to the list in ``data``; values arrive as text and never raise a type
error (numbers are read the way Perl reads them: a leading number, else 0); invalid
filters are dropped without a word; ``metadata.chunk``/``.filter``/``.sort`` appear only with
``api.<kind>.verbose=1``.
"""

from __future__ import annotations

import ipaddress
import math
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any

from ._wire import Arguments

__all__ = ["apply_meta", "numify"]

_ID = re.compile(r"^[a-z][a-z0-9_]*$")  # §5: filter (and sort) ids
_RESERVED_IDS = frozenset({"enable", "verbose", "filter", "filtered"})
_PERL_NUMBER = re.compile(r"\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)")
_INDEX = re.compile(r"^\[(\d+)\]$")
_MISSING = object()
FILTER_TYPES = frozenset(
    {
        "contains",
        "begins",
        "eq",
        "==",
        "lt",
        "lt_equal",
        "gt",
        "gt_equal",
        "lt_handle_unlimited",
        "gt_handle_unlimited",
    }
)
SORT_METHODS = frozenset(
    {"lexicographic", "lexicographic_caseless", "numeric", "numeric_zero_as_max", "ipv4"}
)
DEFAULT_CHUNK_SIZE = 100  # §5: size missing or < 1


def numify(value: Any) -> float:
    """A value as a number, the way Perl reads text: its leading number, else 0."""
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    if not isinstance(value, str):
        return 0.0
    match = _PERL_NUMBER.match(value)
    return float(match[1]) if match else 0.0


def _whole(text: str) -> int:
    """An argument as a whole number, as ``int(numify(text))``; one too large for a number
    (``1e400``) counts as the largest (or smallest) the simulator handles."""
    number = numify(text)
    if math.isinf(number):
        return sys.maxsize if number > 0 else -sys.maxsize
    return int(number)


def _text(value: Any) -> str:
    if value is None or value is _MISSING:
        return ""
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _is_on(args: Arguments, name: str) -> bool:
    return args.flag(name)


def _groups(args: Arguments, prefix: str) -> dict[str, dict[str, Any]]:
    """``api.filter.a.field`` ... as {"a": {"field": ...}}, for ids that look like ids."""
    groups: dict[str, dict[str, Any]] = {}
    for key in args:
        if not key.startswith(prefix):
            continue
        ident, dot, attribute = key[len(prefix) :].partition(".")
        if dot and _ID.match(ident) and ident not in _RESERVED_IDS:
            groups.setdefault(ident, {})[attribute] = args.text(key)
    return dict(sorted(groups.items()))


# ---------------------------------------------------------------------- fields


def _parse_field(field: str) -> list[str | int] | None:
    """``a.b`` or ``a.[0]`` as a path; None when it can't be one."""
    if not field:
        return None
    path: list[str | int] = []
    for part in field.split("."):
        if not part:
            return None
        index = _INDEX.match(part)
        path.append(int(index[1]) if index else part)
    return path


def _lookup(record: Any, path: list[str | int]) -> Any:
    value = record
    for step in path:
        if isinstance(step, int):
            if not isinstance(value, list) or step >= len(value):
                return _MISSING
            value = value[step]
        else:
            if not isinstance(value, dict) or step not in value:
                return _MISSING
            value = value[step]
    return value


# ---------------------------------------------------------------------- filter


def _comparison(kind: str, arg0: str) -> Callable[[Any], bool]:
    """One filter type as a test of one scalar value."""
    if kind == "contains":  # §5: contains and begins compare without case
        needle = arg0.lower()
        return lambda value: needle in _text(value).lower()
    if kind == "begins":
        needle = arg0.lower()
        return lambda value: _text(value).lower().startswith(needle)
    if kind == "eq":
        return lambda value: _text(value) == arg0
    if kind.endswith("_handle_unlimited"):
        # "unlimited" counts as larger than any number, on either side
        limit = math.inf if arg0.strip().lower() == "unlimited" else numify(arg0)

        def unlimited(value: Any) -> float:
            return math.inf if _text(value).strip().lower() == "unlimited" else numify(value)

        if kind.startswith("lt"):
            return lambda value: unlimited(value) < limit
        return lambda value: unlimited(value) > limit
    number = numify(arg0)
    numeric: dict[str, Callable[[float], bool]] = {
        "==": lambda v: v == number,
        "lt": lambda v: v < number,
        "lt_equal": lambda v: v <= number,
        "gt": lambda v: v > number,
        "gt_equal": lambda v: v >= number,
    }
    test = numeric[kind]
    return lambda value: test(numify(value))


def _matcher(field: str, kind: str, arg0: str) -> Callable[[Any], bool] | None:
    """A predicate on records, or None for a filter the server would drop (§5)."""
    if kind not in FILTER_TYPES or (arg0 == "" and kind != "eq"):
        return None
    compare = _comparison(kind, arg0)

    def scalar_or_any(value: Any) -> bool:
        if isinstance(value, list):  # §5: a list matches when any element does
            return any(scalar_or_any(item) for item in value)
        if isinstance(value, dict):
            return False
        return compare(value)

    if field == "*":
        return lambda record: (
            any(scalar_or_any(value) for value in record.values())
            if isinstance(record, dict)
            else scalar_or_any(record)
        )
    path = _parse_field(field)
    if path is None:
        return None
    return lambda record: scalar_or_any(_lookup(record, path))


def _filter(records: list[Any], args: Arguments, meta: dict[str, Any]) -> list[Any]:
    report: dict[str, Any] = {}
    tests = []
    for ident, spec in _groups(args, "api.filter.").items():
        field = spec.get("field", "")
        kind = spec.get("type") or "contains"
        arg0 = spec.get("arg0", "")
        test = _matcher(field, kind, arg0)
        if test is None:
            continue  # dropped silently, and left out of the report (§5)
        tests.append(test)
        report[ident] = {"valid": 1, "field": field, "type": kind, "arg0": arg0}
    before = len(records)
    for test in tests:  # §5: several filters are ANDed
        records = [record for record in records if test(record)]
    if _is_on(args, "api.filter.verbose"):
        meta["filter"] = {**report, "filtered": before}  # §5: the count before filtering
    return records


# ---------------------------------------------------------------------- sort


def _ipv4_key(value: Any) -> tuple[int, ...]:
    try:
        return tuple(ipaddress.IPv4Address(_text(value).strip()).packed)
    except ValueError:
        return (0, 0, 0, 0)


def _sort_key(method: str, path: list[str | int]) -> Callable[[Any], Any]:
    def value(record: Any) -> Any:
        return _lookup(record, path)

    if method == "lexicographic_caseless":
        return lambda record: _text(value(record)).lower()
    if method == "numeric":
        return lambda record: numify(value(record))
    if method == "numeric_zero_as_max":
        return lambda record: numify(value(record)) or math.inf
    if method == "ipv4":
        return lambda record: _ipv4_key(value(record))
    return lambda record: _text(value(record))


def _sort(records: list[Any], args: Arguments, meta: dict[str, Any]) -> list[Any]:
    report: dict[str, Any] = {}
    keys: list[tuple[Callable[[Any], Any], bool]] = []
    for ident, spec in _groups(args, "api.sort.").items():  # id "a" first: the primary key
        path = _parse_field(spec.get("field", ""))
        if path is None:
            continue
        method = spec.get("method") or "lexicographic"
        if method not in SORT_METHODS:
            method = "lexicographic"  # §5: an unknown method sorts lexicographically
        reverse = spec.get("reverse", "") not in ("", "0")
        keys.append((_sort_key(method, path), reverse))
        # §5: the verbose report's ``field`` is 1, not the field's name
        report[ident] = {"field": 1, "method": method, "reverse": int(reverse)}
    for key, reverse in reversed(keys):  # stable sorts, least significant key first
        records = sorted(records, key=key, reverse=reverse)
    if _is_on(args, "api.sort.verbose"):
        meta["sort"] = report
    return records


# ---------------------------------------------------------------------- chunk and columns


def _chunk(records: list[Any], args: Arguments, meta: dict[str, Any]) -> list[Any]:
    size = _whole(args.text("api.chunk.size"))
    if size < 1:
        size = DEFAULT_CHUNK_SIZE
    total = len(records)
    if "api.chunk.start" in args:
        start = _whole(args.text("api.chunk.start"))
    elif "api.chunk.select" in args:  # §5: a 1-based page number, when start is absent
        start = (_whole(args.text("api.chunk.select")) - 1) * size + 1
    else:
        start = 1
    if start <= 0 or start > total:
        start = 1  # §5: past the last record, the server answers with the first chunk again
    if _is_on(args, "api.chunk.verbose"):
        meta["chunk"] = {
            "start": start,
            "size": size,
            "records": total,
            "current": math.ceil(start / size),
            "chunks": math.ceil(total / size),
        }
    return records[start - 1 : start - 1 + size]


def _columns(records: list[Any], args: Arguments, meta: dict[str, Any]) -> list[Any]:
    wanted = [
        args.text(key)
        for key in sorted(args)
        if key.startswith("api.columns.") and key != "api.columns.enable"
    ]
    present: set[str] = set()
    for record in records:
        if isinstance(record, dict):
            present.update(record)
    invalid = [name for name in wanted if name not in present]
    keep = [name for name in wanted if name in present]
    report: dict[str, Any] = {"invalid_msg": None}  # §5: always there, None when all valid
    if invalid:
        # The text of this message is the simulator's own; the facts give only its key.
        report["invalid_msg"] = "Invalid column names: " + ", ".join(invalid)
        report["invalid"] = invalid
    meta["columns"] = report
    return [
        {name: record[name] for name in keep if name in record}
        if isinstance(record, dict)
        else record
        for record in records
    ]


def _list_key(data: dict[str, Any]) -> str | None:
    """The list the meta arguments apply to: the first list value of ``data`` (§5: an
    arbitrary one when there are several; this one is at least predictable)."""
    return next((key for key, value in data.items() if isinstance(value, list)), None)


def apply_meta(data: Any, args: Arguments) -> tuple[Any, dict[str, Any]]:
    """``data`` with columns, filter, sort and chunk applied (§5), and the metadata to add."""
    steps: Iterable[tuple[str, Callable[[list[Any], Arguments, dict[str, Any]], list[Any]]]] = (
        ("api.columns.enable", _columns),
        ("api.filter.enable", _filter),
        ("api.sort.enable", _sort),
        ("api.chunk.enable", _chunk),
    )
    active = [step for flag, step in steps if _is_on(args, flag)]
    if not active or not isinstance(data, dict):
        return data, {}
    key = _list_key(data)
    if key is None:
        return data, {}  # §5: no list in data, nothing to do
    meta: dict[str, Any] = {}
    records = data[key]
    for step in active:
        records = step(records, args, meta)
    return {**data, key: records}, meta
