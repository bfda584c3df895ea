"""Several functions in one request: ``/json-api/batch?command=fn%3Fargs&command=...``.

Each command gets its own result, with its own metadata: one failing command
is reported on its own and doesn't hide the others. cpsrvd then reports the batch
itself as failed (``result`` 0) but still returns every command's envelope, and it
fails a whole batch with HTTP 500 when one command names a function it doesn't know
(CPSRVD-BEHAVIOR.md §4). A namespaced function goes as ``NAMESPACE/FUNCTION?...`` with
its ``/`` as is: cpsrvd splits a command at its first ``?`` and doesn't URL-decode the
name.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import attrs

from .errors import WhmApiError, WhmConfigError, WhmError, WhmResponseError
from .functions import index, lookup
from .wire import check_result, encode_arguments, log_notes, sensitive_values

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
        if isinstance(commands, str | bytes) or not isinstance(commands, Sequence):
            raise WhmConfigError("batch commands must be a list of names or (name, {args}) pairs")
        parsed: list[tuple[str, Mapping[str, Any]]] = []
        for position, command in enumerate(commands):
            arguments: Mapping[str, Any] = {}
            if isinstance(command, str):
                function = command
            elif isinstance(command, tuple) and len(command) == 2:
                function, arguments = command
            else:
                raise WhmConfigError(
                    f"batch command {position}: a function name or a (name, {{args}}) pair, "
                    f"not {type(command).__name__}"
                )
            path, info = lookup(function)
            if not isinstance(arguments, Mapping):
                raise WhmConfigError(
                    f"batch command {position} ({function}): arguments must be a mapping"
                )
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

    def unknown(self) -> list[str]:
        """The functions of this batch that the bundled spec doesn't know, each once."""
        return list(dict.fromkeys(f for f, _ in self.commands if lookup(f)[1] is None))

    def check_known(self) -> None:
        """Refuse a batch naming a function the spec doesn't know: cpsrvd fails the whole
        batch with HTTP 500 for one such command (``allow_unknown=True`` skips this)."""
        unknown = self.unknown()
        if unknown:
            hints = []
            for name in unknown:
                close = difflib.get_close_matches(name.rpartition("/")[2], index(), n=1)
                hints.append(f"{name!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
            raise WhmConfigError(
                f"not in the bundled WHM spec: {', '.join(hints)}; one unknown function makes "
                "cpsrvd fail the whole batch (allow_unknown=True sends it anyway, for a newer "
                "server)",
                function="batch",
            )

    def results(
        self,
        envelope: Mapping[str, Any],
        client: WhmClient | None,
        secrets: Sequence[str],
        *,
        aborted: bool = False,
    ) -> list[BatchResult]:
        """Split the batch reply, one result per command in order; ``client`` (when given)
        types each command's data. Each command's warnings are logged under its name.

        ``secrets`` are redacted from each command's error. ``aborted``: the batch failed
        with ``abort_on_error``, so commands without a result did not run.
        """
        data = envelope.get("data")
        items = data.get("result") if isinstance(data, Mapping) else None
        if not isinstance(items, list):
            raise WhmResponseError("the batch reply has no 'result' list", function="batch")
        results = []
        for position, (function, _) in enumerate(self.commands):
            if position >= len(items):
                missing: WhmError = (
                    WhmApiError(
                        "not run: an earlier command failed and abort_on_error stopped the batch",
                        function=function,
                    )
                    if aborted
                    else WhmResponseError(
                        f"the batch reply has no result for command {position}: it may or may "
                        "not have run",
                        function=function,
                    )
                )
                results.append(BatchResult(function, error=missing))
                continue
            item = items[position]
            metadata = item.get("metadata") if isinstance(item, dict) else None
            if isinstance(metadata, dict):
                log_notes(function, metadata, secrets)
            try:
                if not isinstance(item, dict):
                    raise WhmResponseError("the batch item is not an envelope", function=function)
                check_result(function, item, secrets)
                value = item.get("data")
                if client is not None and lookup(function)[1] is not None:
                    value = client.parse_reply(function, value, metadata=metadata)
                results.append(BatchResult(function, value, metadata))
            except WhmError as error:
                results.append(BatchResult(function, metadata=metadata, error=error))
        return results
