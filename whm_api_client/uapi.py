"""cPanel UAPI through WHM: unwrap the UAPI envelope inside ``uapi_cpanel``'s reply.

``uapi_cpanel`` succeeds at the WHM level even when the UAPI function fails; the
verdict is in ``data.uapi.status``. This turns that into the same error hierarchy.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from .errors import WhmResponseError, WhmUapiError
from .wire import redact, redact_payload

__all__ = ["unwrap_uapi"]

logger = logging.getLogger("whm_api_client")


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [str(item) for item in value if item is not None and item != ""]
    return [str(value)]


def unwrap_uapi(function: str, data: Any, secrets: Sequence[str] = ()) -> Any:
    """The UAPI function's ``data``, or WhmUapiError with its ``errors`` (secrets redacted)."""
    uapi = data.get("uapi") if isinstance(data, Mapping) else None
    if not isinstance(uapi, Mapping):
        raise WhmResponseError("uapi_cpanel's reply has no 'uapi' object", function=function)
    for message in _strings(uapi.get("messages")) + _strings(uapi.get("warnings")):
        logger.warning("%s: %s", function, redact(message, secrets))
    status = uapi.get("status")
    if status in (1, "1", True):
        return uapi.get("data")
    if status in (0, "0", False):
        errors = [redact(error, secrets) for error in _strings(uapi.get("errors"))]
        raise WhmUapiError(
            "; ".join(errors) or "the UAPI function failed and gave no reason",
            function=function,
            errors=errors,
            data=redact_payload(uapi.get("data"), secrets),
        )
    raise WhmResponseError(f"UAPI status is {status!r}, neither 1 nor 0", function=function)
