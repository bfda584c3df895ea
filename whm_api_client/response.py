"""The whole reply of one call: :class:`WhmResponse`, and the parsing of its ``data``.

``whm.with_raw_response.FUNCTION(...)`` returns a ``WhmResponse``. The plain typed
method returns that response's ``.data`` and ``call()`` its ``.envelope``: every
call goes the same way, only the view differs.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import timedelta
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._generated.types import LENIENT
from .errors import WhmSchemaError
from .functions import url_name
from .wire import redact_payload

if TYPE_CHECKING:
    from .metadata import ReplyMetadata

__all__ = ["WhmResponse", "parse_data"]

logger = logging.getLogger("whm_api_client")
T_co = TypeVar("T_co", covariant=True)
_UNPARSED: Any = object()


def parse_data(
    operation: ModuleType,
    data: Any,
    lenient: bool = False,
    metadata: Mapping[str, Any] | None = None,
    secrets: Sequence[str] = (),
) -> Any:
    """A reply's ``data`` as the function's typed result; WhmSchemaError if it doesn't fit.

    ``lenient`` reads the known drifts from the spec (numbers as strings, ``"0"``/``"1"``
    flags, null in a required field) as the declared type, and logs a warning listing them.
    The error keeps ``metadata`` and the raw ``data``: the call's outcome is never lost
    (with ``secrets`` redacted from both, as from every error).
    """
    coerced: list[tuple[str, str, str]] = []
    token = LENIENT.set(coerced) if lenient else None
    try:
        return operation.parse_data(data)
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
        if isinstance(exc, KeyError) and exc.args:
            detail = f"required field {exc.args[0]!r} is missing"
        else:
            detail = str(exc) or "a value's type is not one the spec allows there"
        raise WhmSchemaError(
            f"the reply's data doesn't match the spec: {detail}",
            function=url_name(operation.FUNCTION, operation.NAMESPACE),  # as the call names it
            metadata=redact_payload(dict(metadata), secrets) if metadata is not None else None,
            data=redact_payload(data, secrets),
        ) from None
    finally:
        if token is not None:
            LENIENT.reset(token)
            if coerced:
                _log_coerced(url_name(operation.FUNCTION, operation.NAMESPACE), coerced)


def _log_coerced(function: str, coerced: list[tuple[str, str, str]]) -> None:
    counts = Counter(coerced)
    shown = [
        f"{field} ({got} read as {expected}) x{count}"
        for (field, expected, got), count in sorted(counts.items())[:10]
    ]
    more = f"; and {len(counts) - 10} more" if len(counts) > 10 else ""
    logger.warning(
        "%s: lenient reading coerced %d value(s): %s%s",
        function,
        len(coerced),
        "; ".join(shown),
        more,
    )


class WhmResponse(Generic[T_co]):
    """One successful call's whole reply.

    Attributes:
        data: the typed result (what the plain method returns), parsed when first read;
            if it doesn't match the spec, reading it raises :class:`WhmSchemaError`, and
            ``envelope`` still holds the reply as sent.
        metadata: the reply's metadata as a :class:`ReplyMetadata`.
        envelope: the reply as decoded JSON, ``{"data": ..., "metadata": {...}}``.
        function: the WHM function called.
        status_code, headers: the HTTP status and headers (``httpx.Headers``).
        elapsed: from sending the request to having read the whole reply.
    """

    __slots__ = (
        "_data",
        "_lenient",
        "_metadata",
        "_operation",
        "_secrets",
        "elapsed",
        "envelope",
        "function",
        "headers",
        "status_code",
    )

    def __init__(
        self,
        function: str,
        envelope: dict[str, Any],
        *,
        status_code: int = 200,
        headers: httpx.Headers | None = None,
        elapsed: timedelta = timedelta(0),
        operation: ModuleType | None = None,
        lenient: bool = False,
        secrets: Sequence[str] = (),
    ) -> None:
        self.function = function
        self.envelope = envelope
        self.status_code = status_code
        self.headers = headers if headers is not None else httpx.Headers()
        self.elapsed = elapsed
        self._operation = operation
        self._lenient = lenient
        self._secrets = tuple(secrets)  # redacted from a WhmSchemaError's payloads
        self._data: Any = _UNPARSED
        self._metadata: ReplyMetadata | None = None

    @property
    def data(self) -> T_co:
        """The typed result (plain JSON for ``call()`` and functions the spec leaves open)."""
        data = self._data
        if data is _UNPARSED:
            raw = self.envelope.get("data")
            operation = self._operation
            data = (
                raw
                if operation is None
                else parse_data(
                    operation, raw, self._lenient, self.envelope.get("metadata"), self._secrets
                )
            )
            self._data = data
        return data  # type: ignore[no-any-return]

    @property
    def metadata(self) -> ReplyMetadata:
        """The reply's metadata, typed."""
        if self._metadata is None:
            from .metadata import ReplyMetadata  # an attrs class: built on first use

            self._metadata = ReplyMetadata.from_metadata(self.envelope.get("metadata") or {})
        return self._metadata

    def __repr__(self) -> str:
        ms = self.elapsed.total_seconds() * 1000
        return f"<WhmResponse {self.function}: HTTP {self.status_code} in {ms:.1f} ms>"
