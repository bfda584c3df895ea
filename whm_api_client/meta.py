"""WHM API 1 meta arguments: filter, sort, paginate and pick columns of any function's records.

WHM applies them server-side to the list a function returns (``api.filter.*``,
``api.sort.*``, ``api.chunk.*``, ``api.columns.*``) and reports what it did in
the reply's metadata. Build them with these classes rather than by hand::

    meta = Meta(filters=[Filter("user", "bob", "begins")], sort=[Sort("diskused", reverse=True)])
    await whm.with_options(meta=meta).listaccts()
    await whm.call("listaccts", **meta.arguments())
"""

from __future__ import annotations

import math
import string
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypeVar, get_args

import attrs

from .errors import WhmConfigError

__all__ = ["Chunk", "ChunkInfo", "Filter", "FilterInfo", "Meta", "Sort", "SortInfo"]

# cpsrvd's filter types; it silently drops a filter of any other type (or an empty
# value with any type but eq), so these are checked before sending.
FilterType = Literal[
    "contains", "begins", "eq", "==", "lt", "lt_equal", "gt", "gt_equal",
    "lt_handle_unlimited", "gt_handle_unlimited",
]  # fmt: skip
# cpsrvd's sort methods; it sorts lexicographically for any other name.
SortMethod = Literal[
    "lexicographic", "lexicographic_caseless", "numeric", "numeric_zero_as_max", "ipv4"
]  # fmt: skip
_FILTER_TYPES = frozenset(get_args(FilterType))
_SORT_METHODS = frozenset(get_args(SortMethod))


def _labels(count: int) -> str:
    """The labels of the filters (and sort keys, columns): a, b, ... z (Meta takes 26)."""
    return string.ascii_lowercase[:count]


def _non_empty(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value:
        raise WhmConfigError(f"{attribute.name} must be a non-empty string")


@attrs.frozen
class Filter:
    """Keep records whose ``field`` matches ``value`` (``type`` says how; default: contains).

    ``field`` is a record's key, ``*`` for any key, or a dotted path (``a.b``, ``a.[0]``).
    """

    field: str = attrs.field(validator=_non_empty)
    value: str | int | float
    type: FilterType = "contains"

    def __attrs_post_init__(self) -> None:
        if (
            not isinstance(self.value, str | int | float)
            or isinstance(self.value, bool)
            or (isinstance(self.value, float) and not math.isfinite(self.value))
        ):
            raise WhmConfigError(
                f"filter on {self.field!r}: the value must be text or a finite number, "
                f"not {type(self.value).__name__}"
            )
        if self.type not in _FILTER_TYPES:
            raise WhmConfigError(
                f"filter on {self.field!r}: unknown filter type {self.type!r} (WHM would "
                f"silently ignore the filter); one of {', '.join(sorted(_FILTER_TYPES))}"
            )
        if self.value == "" and self.type != "eq":
            raise WhmConfigError(
                f"filter on {self.field!r}: an empty value works only with type 'eq' "
                "(WHM would silently ignore the filter)"
            )


@attrs.frozen
class Sort:
    """Order records by ``field``; several sorts apply in order."""

    field: str = attrs.field(validator=_non_empty)
    reverse: bool = False
    method: SortMethod | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.reverse, bool):
            raise WhmConfigError(
                f"sort on {self.field!r}: reverse is True or False, not "
                f"{type(self.reverse).__name__}"
            )
        if self.method is not None and self.method not in _SORT_METHODS:
            raise WhmConfigError(
                f"sort on {self.field!r}: unknown sort method {self.method!r} (WHM would sort "
                f"lexicographically instead); one of {', '.join(sorted(_SORT_METHODS))}"
            )


@attrs.frozen
class Chunk:
    """One page of records: ``size`` records starting at record ``start`` (1-based)."""

    size: int
    start: int = 1

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.size, int) or isinstance(self.size, bool) or self.size < 1:
            raise WhmConfigError("chunk size must be a positive integer")
        if not isinstance(self.start, int) or isinstance(self.start, bool) or self.start < 1:
            raise WhmConfigError("chunk start is 1-based: it must be at least 1")


T = TypeVar("T")


def _items(value: Any, kind: type[T], name: str) -> tuple[T, ...]:
    """One item or a sequence of them, as a tuple; anything else is refused."""
    if isinstance(value, kind):
        value = (value,)  # one item where a sequence is expected
    elif isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
        raise WhmConfigError(
            f"Meta {name}: one {kind.__name__} or a list of them, not {type(value).__name__}"
        )
    for item in value:
        if not isinstance(item, kind) or item == "":
            raise WhmConfigError(f"Meta {name}: every item must be a {kind.__name__}, not {item!r}")
    if len(value) > len(string.ascii_lowercase):
        raise WhmConfigError(f"Meta {name}: at most 26 (labelled a to z), not {len(value)}")
    return tuple(value)


def _filters(value: Filter | Sequence[Filter]) -> tuple[Filter, ...]:
    return _items(value, Filter, "filters")


def _sorts(value: Sort | Sequence[Sort]) -> tuple[Sort, ...]:
    return _items(value, Sort, "sort")


def _columns(value: str | Sequence[str]) -> tuple[str, ...]:
    return _items(value, str, "columns")


def _chunk(value: Any) -> Chunk | None:
    if value is None or isinstance(value, Chunk):
        return value
    raise WhmConfigError(f"Meta chunk: a Chunk(size, start) or None, not {type(value).__name__}")


@attrs.frozen
class Meta:
    """A set of meta arguments; ``arguments()`` gives them as WHM argument names.

    ``filters``, ``sort`` and ``columns`` each take one item or a sequence of them.
    """

    filters: Sequence[Filter] = attrs.field(default=(), converter=_filters)
    sort: Sequence[Sort] = attrs.field(default=(), converter=_sorts)
    chunk: Chunk | None = attrs.field(default=None, converter=_chunk)
    columns: Sequence[str] = attrs.field(default=(), converter=_columns)

    def arguments(self) -> dict[str, str]:
        args: dict[str, str] = {}
        if self.filters:
            args["api.filter.enable"] = "1"
            args["api.filter.verbose"] = "1"  # so that the reply says which filters applied
            for label, item in zip(_labels(len(self.filters)), self.filters, strict=True):
                args[f"api.filter.{label}.field"] = item.field
                args[f"api.filter.{label}.arg0"] = str(item.value)
                args[f"api.filter.{label}.type"] = item.type
        if self.sort:
            args["api.sort.enable"] = "1"
            for label, key in zip(_labels(len(self.sort)), self.sort, strict=True):
                args[f"api.sort.{label}.field"] = key.field
                if key.reverse:
                    args[f"api.sort.{label}.reverse"] = "1"
                if key.method:
                    args[f"api.sort.{label}.method"] = key.method
        if self.chunk:
            args["api.chunk.enable"] = "1"
            args["api.chunk.verbose"] = "1"  # so that the reply has metadata.chunk
            args["api.chunk.size"] = str(self.chunk.size)
            args["api.chunk.start"] = str(self.chunk.start)
        if self.columns:
            args["api.columns.enable"] = "1"
            for label, column in zip(_labels(len(self.columns)), self.columns, strict=True):
                args[f"api.columns.{label}"] = column
        return args


def _int(value: Any) -> int | None:
    """A number the server sent as a number or as text; None for anything else."""
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an infinite float
        return None


@attrs.frozen
class ChunkInfo:
    """What WHM reports about a chunked reply: ``metadata.chunk``, sent when the call asked
    for it with ``api.chunk.verbose=1`` (``Meta`` with a chunk does).

    cpsrvd starts at record 1 when ``start`` is past the last record: a reply whose
    ``start`` differs from the one asked for is the first chunk again, not the next one.
    """

    start: int | None
    size: int | None
    records: int | None  # records in the whole (filtered) list, across all chunks
    current: int | None  # which chunk this is, 1-based
    chunks: int | None  # how many chunks there are

    @classmethod
    def from_metadata(cls, metadata: Mapping[str, Any]) -> ChunkInfo | None:
        chunk = metadata.get("chunk")
        if not isinstance(chunk, Mapping):
            return None
        return cls(
            *(_int(chunk.get(key)) for key in ("start", "size", "records", "current", "chunks"))
        )


@attrs.frozen
class FilterInfo:
    """What WHM reports about filtering: ``metadata.filter``, sent when the call asked for
    it with ``api.filter.verbose=1`` (``Meta`` with filters does).

    cpsrvd reports ``{"a": {"valid": 1, "field", "type", "arg0"}, ..., "filtered": N}``:
    ``N`` is the number of records **before** filtering (how many there are after it is
    ``ChunkInfo.records``, or the length of the list), and a filter it could not use (a
    field, type or value it doesn't accept) is left out of the map: it was dropped
    silently, and the records are not filtered by it.
    """

    records_before_filter: int | None  # metadata.filter.filtered
    applied: tuple[str, ...]  # the labels (a, b, ...) of the filters the server applied

    @classmethod
    def from_metadata(cls, metadata: Mapping[str, Any]) -> FilterInfo | None:
        report = metadata.get("filter")
        if not isinstance(report, Mapping):
            return None
        applied = tuple(
            sorted(
                label
                for label, value in report.items()
                if label != "filtered" and isinstance(value, Mapping) and _int(value.get("valid"))
            )
        )
        return cls(_int(report.get("filtered")), applied)

    def dropped(self, meta: Meta) -> list[Filter]:
        """The filters of ``meta`` the server did not apply (the report left them out)."""
        labels = _labels(len(meta.filters))
        return [
            item
            for label, item in zip(labels, meta.filters, strict=True)
            if label not in self.applied
        ]


@attrs.frozen
class SortInfo:
    """What WHM reports about sorting (``metadata.sort``, with ``api.sort.verbose=1``):
    each sort key's method and direction, in key order (a, b, ...). WHM reports each
    key's field as ``1``, not its name, so the fields aren't repeated here."""

    methods: tuple[str, ...]
    reverse: tuple[bool, ...]

    @classmethod
    def from_metadata(cls, metadata: Mapping[str, Any]) -> SortInfo | None:
        sort = metadata.get("sort")
        if not isinstance(sort, Mapping):
            return None
        keys = [sort[key] for key in sorted(sort, key=str) if isinstance(sort[key], Mapping)]
        return cls(
            tuple(str(key.get("method") or "lexicographic") for key in keys),
            tuple(bool(_int(key.get("reverse"))) for key in keys),
        )
