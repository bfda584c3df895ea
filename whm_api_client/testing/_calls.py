"""What a function handler gets and gives back: a :class:`Call` in, data (or a failure) out.

Handlers follow the server's own rules for what a function returns (§1): a dict becomes
``data``; ``None`` means no ``data`` key at all; a list or a string fails the call with
``Invalid API data format.``; raising :class:`ApiFailure` is a function that died:
``result 0``, reason ``API failure: (XID …) <message>``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._wire import Arguments, SimResponse, quoted

if TYPE_CHECKING:
    from ._simulator import WhmSimulator

__all__ = ["ApiFailure", "Call", "Handler", "HttpAnswer", "Reply"]


class ApiFailure(Exception):
    """Raise in a handler to fail the call the way a function that dies does (§1)."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


class HttpAnswer(Exception):
    """Raise in a handler to answer the whole request with this HTTP response instead of
    an envelope (e.g. the ``403`` of §3 for token auth on cPanel API 1)."""

    def __init__(self, response: SimResponse) -> None:
        self.response = response
        super().__init__(response)

    def __str__(self) -> str:
        return f"HTTP {self.response.status}"


@attrs.frozen
class Reply:
    """A handler's answer with more than ``data``: ``metadata.output`` and other keys (§1)."""

    data: Any = None
    raw: str | None = None  # metadata.output.raw
    messages: list[str] | str | None = None  # a list, or one newline-joined string (§1)
    warnings: list[str] | str | None = None
    metadata: Mapping[str, Any] = attrs.field(factory=dict)  # extra top-level metadata keys


@attrs.frozen
class Call:
    """One call of a function, as a handler sees it."""

    function: str
    namespace: str | None
    args: Arguments
    user: str  # who the request authenticated as
    auth: str  # how: "token", "hash", "basic" or "session"
    simulator: WhmSimulator

    def text(self, name: str, default: str = "") -> str:
        """An argument's value as text (``default`` when absent)."""
        return self.args.text(name, default)

    def require(self, *names: str) -> str:
        """The first of ``names`` that was given, else fail as a missing argument does (§2)."""
        for name in names:
            value = self.args.text(name)
            if value:
                return value
        raise ApiFailure(f"Provide the {quoted(names[0])} parameter.")

    def default(self, name: str) -> Any:
        """The spec's default for an argument of this function, or None."""
        spec = self.simulator.table.functions.get(self.function)
        return spec.default(name) if spec else None

    def now(self) -> int:
        return int(self.simulator.clock())


Handler = Callable[[Call], Any]
