"""Several functions in one request: ``/json-api/batch?command=fn%3Fargs&command=...``.

Each command gets its own result, with its own metadata: one failing command
is reported on its own and doesn't hide the others. A namespaced function goes
as ``NAMESPACE/FUNCTION?...`` with its ``/`` as is: cpsrvd splits a command at its
first ``?`` and doesn't URL-decode the name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import attrs

from .errors import WhmApiError, WhmConfigError, WhmError, WhmResponseError
from .functions import lookup
from .wire import check_result, encode_arguments, sensitive_values

if TYPE_CHECKING:
    from .client import WhmClient

__all__ = ["Batch", "BatchResult"]


@attrs.frozen
class BatchResult:
    """One command's outcome: its data (typed where the spec knows it) or its error."""

    function: str
    data: Any = None
    metadata: Mapping[str, Any] | None = None
    error: WhmError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> Any:
        """The data, or raise this command's error."""
        if self.error is not None:
            raise self.error
        return self.data


@attrs.frozen
class Batch:
    """The commands of one batch request (functions by their name under json-api/), with
    their arguments."""

    commands: tuple[tuple[str, Mapping[str, Any]], ...]

    @classmethod
    def of(cls, commands: Sequence[str | tuple[str, Mapping[str, Any]]]) -> Batch:
        parsed: list[tuple[str, Mapping[str, Any]]] = []
        for command in commands:
            function, arguments = (command, {}) if isinstance(command, str) else command
            path, info = lookup(function)
            if not isinstance(arguments, Mapping):
                raise WhmConfigError(f"{function}: batch arguments must be a mapping")
            if info is not None and info.body == "json":
                raise WhmConfigError(
                    f"{function} takes its arguments as a JSON body, which a batch command "
                    "can't carry; call it on its own"
                )
            parsed.append((path, arguments))
        if not parsed:
            raise WhmConfigError("a batch needs at least one command")
        return cls(tuple(parsed))

    def encoded(self) -> list[str]:
        """Each command as WHM's batch wants it: ``function?arg=value&...``."""
        return [
            f"{function}?{urlencode(encode_arguments(arguments))}" if arguments else function
            for function, arguments in self.commands
        ]

    def read_only(self) -> bool:
        """Whether every command only reads (a function the spec doesn't know may not)."""
        infos = [lookup(function)[1] for function, _ in self.commands]
        return all(info is not None and info.read_only for info in infos)

    def secrets(self) -> tuple[str, ...]:
        return tuple(
            value
            for _, arguments in self.commands
            for value in sensitive_values(encode_arguments(arguments))
        )

    def results(
        self, envelope: Mapping[str, Any], client: WhmClient | None, secrets: Sequence[str]
    ) -> list[BatchResult]:
        """Split the batch reply; ``client`` (when given) types each command's data.

        ``secrets`` are redacted from each command's error.
        """
        data = envelope.get("data")
        items = data.get("result") if isinstance(data, Mapping) else None
        if not isinstance(items, list):
            raise WhmResponseError("the batch reply has no 'result' list", function="batch")
        results = []
        for position, (function, _) in enumerate(self.commands):
            if position >= len(items):
                error = WhmApiError(
                    "not run: an earlier command in the batch failed", function=function
                )
                results.append(BatchResult(function, error=error))
                continue
            item = items[position]
            try:
                if not isinstance(item, dict):
                    raise WhmResponseError("the batch item is not an envelope", function=function)
                check_result(function, item, secrets)
                value = item.get("data")
                if client is not None and lookup(function)[1] is not None:
                    value = client.parse_reply(function, value)
                results.append(BatchResult(function, value, item.get("metadata")))
            except WhmError as error:
                metadata = item.get("metadata") if isinstance(item, dict) else None
                results.append(BatchResult(function, metadata=metadata, error=error))
        return results
