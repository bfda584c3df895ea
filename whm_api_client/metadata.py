"""A reply's ``metadata``, typed: :class:`ReplyMetadata` (``WhmResponse.metadata``).

Loaded when first used, like :mod:`whm_api_client.meta`, whose ``ChunkInfo``,
``FilterInfo`` and ``SortInfo`` it reuses.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .meta import ChunkInfo, FilterInfo, SortInfo, _int
from .wire import (
    error_count,
    metadata_lines,
    namespace,
    output_lines,
    proxied_from,
    server_warnings,
)

__all__ = ["ReplyMetadata"]

# metadata keys ReplyMetadata reads into fields; every other key is kept in .extra
_READ = frozenset(
    {"command", "reason", "result", "version", "namespace", "chunk", "filter", "sort"}
    | {"warnings", "errors", "messages", "error_count", "proxied_from", "output"}
)
_OUTPUT_READ = frozenset({"raw", "messages", "warnings"})


@attrs.frozen(repr=False)
class ReplyMetadata:
    """A reply's ``metadata``, typed. Lists are lists whatever shape the server used
    (a list, or one string joined with newlines); absent parts are empty or None."""

    command: str
    """The function that ran, as WHM names it."""
    result: int
    """1 for success (a ``WhmResponse`` only exists for successful calls)."""
    reason: str
    """WHM's word on the outcome, ``"OK"`` for most successes."""
    version: int | None
    """The API version WHM answered with (1)."""
    namespace: str | None
    """For namespaced functions (``360Monitoring/...``), the namespace."""
    messages: list[str]
    """``output.messages``."""
    warnings: list[str]
    """``output.warnings`` and a top-level ``warnings``, each once."""
    errors: list[str]
    """A top-level ``errors`` (a list, or ``{"error": [...]}``) some functions send."""
    error_count: int | None
    proxied_from: list[str]
    """The linked node(s) that answered, when the call was proxied."""
    raw_output: str | None
    """``output.raw``: the log some functions (createacct, modifyacct) return."""
    chunk: ChunkInfo | None
    filter: FilterInfo | None
    sort: SortInfo | None
    extra: dict[str, Any]
    """Every other key of ``metadata`` (and of ``metadata.output``, under ``"output"``)."""

    @classmethod
    def from_metadata(cls, metadata: Mapping[str, Any]) -> ReplyMetadata:
        output = metadata.get("output")
        output = output if isinstance(output, Mapping) else {}
        raw = output.get("raw")
        extra = {key: value for key, value in metadata.items() if key not in _READ}
        output_rest = {key: value for key, value in output.items() if key not in _OUTPUT_READ}
        if output_rest:
            extra["output"] = output_rest
        return cls(
            command=str(metadata.get("command") or ""),
            result=_int(metadata.get("result")) or 0,
            reason=str(metadata.get("reason") or ""),
            version=_int(metadata.get("version")),
            namespace=namespace(metadata),
            messages=output_lines(metadata, "messages"),
            warnings=server_warnings(metadata),
            errors=metadata_lines(metadata, "errors"),
            error_count=error_count(metadata),
            proxied_from=proxied_from(metadata),
            raw_output=raw if isinstance(raw, str) else None,
            chunk=ChunkInfo.from_metadata(metadata),
            filter=FilterInfo.from_metadata(metadata),
            sort=SortInfo.from_metadata(metadata),
            extra=extra,
        )

    def __repr__(self) -> str:
        # The server's free text (reason, messages, output) stays out: it can echo arguments.
        return (
            f"ReplyMetadata(command={self.command!r}, result={self.result}, "
            f"version={self.version!r}, namespace={self.namespace!r}, "
            f"messages={len(self.messages)}, warnings={len(self.warnings)})"
        )
