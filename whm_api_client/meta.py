"""WHM API 1 meta arguments: filter, sort, paginate and pick columns of any function's records.

WHM applies them server-side to the list a function returns (``api.filter.*``,
``api.sort.*``, ``api.chunk.*``, ``api.columns.*``) and reports what it did in
the reply's metadata. Build them with these classes rather than by hand::

    meta = Meta(filters=[Filter("user", "bob", "begins")], sort=[Sort("diskused", reverse=True)])
    await whm.with_options(meta=meta).listaccts()
    await whm.call("listaccts", **meta.arguments())
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from .errors import WhmConfigError

__all__ = ["Chunk", "ChunkInfo", "Filter", "FilterInfo", "Meta", "Sort", "SortInfo"]

FilterType = Literal[
    "contains", "eq", "==", "ne", "!=", "begins", "lt", "lt_equal", "gt", "gt_equal",
    "ipv4_equal", "ipv4_lt", "ipv4_gt",
]  # fmt: skip
SortMethod = Literal["lexicographic", "numeric", "numeric_zero_as_max", "ipv4"]


def _labels(count: int, what: str) -> str:
    """WHM labels the filters (and sort keys, columns) a, b, ... z."""
    if count > len(string.ascii_lowercase):
        raise WhmConfigError(f"WHM takes at most 26 {what}")
    return string.ascii_lowercase[:count]


def _non_empty(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value:
        raise WhmConfigError(f"{attribute.name} must be a non-empty string")


@attrs.frozen
class Filter:
    """Keep records whose ``field`` matches ``value`` (``type`` says how; default: contains)."""

    field: str = attrs.field(validator=_non_empty)
    value: str | int | float
    type: FilterType = "contains"


@attrs.frozen
class Sort:
    """Order records by ``field``; several sorts apply in order."""

    field: str = attrs.field(validator=_non_empty)
    reverse: bool = False
    method: SortMethod | None = None


@attrs.frozen
class Chunk:
    """One page of records: ``size`` records starting at record ``start`` (1-based)."""

    size: int
    start: int = 1

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.size, int) or self.size < 1:
            raise WhmConfigError("chunk size must be a positive integer")
        if not isinstance(self.start, int) or self.start < 1:
            raise WhmConfigError("chunk start is 1-based: it must be at least 1")


@attrs.frozen
class Meta:
    """A set of meta arguments; ``arguments()`` gives them as WHM argument names."""

    filters: Sequence[Filter] = ()
    sort: Sequence[Sort] = ()
    chunk: Chunk | None = None
    columns: Sequence[str] = ()

    def arguments(self) -> dict[str, str]:
        args: dict[str, str] = {}
        if self.filters:
            args["api.filter.enable"] = "1"
            for label, item in zip(
                _labels(len(self.filters), "filters"), self.filters, strict=True
            ):
                args[f"api.filter.{label}.field"] = item.field
                args[f"api.filter.{label}.arg0"] = str(item.value)
                args[f"api.filter.{label}.type"] = item.type
        if self.sort:
            args["api.sort.enable"] = "1"
            for label, key in zip(_labels(len(self.sort), "sort keys"), self.sort, strict=True):
                args[f"api.sort.{label}.field"] = key.field
                if key.reverse:
                    args[f"api.sort.{label}.reverse"] = "1"
                if key.method:
                    args[f"api.sort.{label}.method"] = key.method
        if self.chunk:
            args["api.chunk.enable"] = "1"
            args["api.chunk.size"] = str(self.chunk.size)
            args["api.chunk.start"] = str(self.chunk.start)
        if self.columns:
            args["api.columns.enable"] = "1"
            for label, column in zip(
                _labels(len(self.columns), "columns"), self.columns, strict=True
            ):
                args[f"api.columns.{label}"] = column
        return args


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@attrs.frozen
class ChunkInfo:
    """What WHM reports about a chunked reply (``metadata.chunk``)."""

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
    """What WHM reports about filtering (``metadata.records_before_filter`` and friends)."""

    records_before_filter: int | None
    filtered: bool

    @classmethod
    def from_metadata(cls, metadata: Mapping[str, Any]) -> FilterInfo | None:
        if "records_before_filter" not in metadata and "filter" not in metadata:
            return None
        return cls(_int(metadata.get("records_before_filter")), bool(metadata.get("filter")))


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
