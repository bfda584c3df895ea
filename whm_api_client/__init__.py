"""Async, typed client for cPanel & WHM's WHM API 1.

    from whm_api_client import ApiTokenAuth, Target, WhmClient

    async with WhmClient(Target.host("whm.example.com"), ApiTokenAuth("root", token)) as whm:
        forwards = await whm.get_user_email_forward_destination(user="bob")

Every function in the bundled WHM spec is a typed method of ``WhmClient``;
``WhmClient.call`` reaches any function by name.
"""

import os
from importlib import import_module
from typing import TYPE_CHECKING, Any

from .auth import ApiTokenAuth, BasicAuth, SessionAuth, WhmAuth
from .client import DEFAULT_TIMEOUT, WhmClient, __version__
from .errors import (
    WhmApiError,
    WhmAuthError,
    WhmConfigError,
    WhmConnectError,
    WhmError,
    WhmHttpError,
    WhmLoginPageError,
    WhmReplyTooLargeError,
    WhmResponseError,
    WhmSchemaError,
    WhmServerError,
    WhmTimeoutError,
    WhmTransportError,
    WhmUapiError,
    WhmUnknownFunctionError,
)
from .targets import Target

if TYPE_CHECKING:
    from .batch import BatchResult
    from .fleet import FleetHost, HostResult, WhmFleet
    from .meta import Chunk, ChunkInfo, Filter, FilterInfo, Meta, Sort, SortInfo
    from .observe import CallEvent, Hooks
    from .paging import Pages
    from .retry import RetryPolicy

if os.environ.get("WHM_LOG"):  # WHM_LOG=debug|info|warning: the library's log to stderr
    from .observe import log_from_env

    log_from_env()

# Loaded on first use, to keep `import whm_api_client` cheap (paging needs anyio: ~15 ms).
_LAZY = {
    "BatchResult": "batch",
    "CallEvent": "observe",
    "Chunk": "meta",
    "ChunkInfo": "meta",
    "Filter": "meta",
    "FilterInfo": "meta",
    "Meta": "meta",
    "Sort": "meta",
    "SortInfo": "meta",
    "Hooks": "observe",
    "Pages": "paging",
    "FleetHost": "fleet",
    "HostResult": "fleet",
    "WhmFleet": "fleet",
    "RetryPolicy": "retry",
}

__all__ = [
    "DEFAULT_TIMEOUT",
    "ApiTokenAuth",
    "BasicAuth",
    "BatchResult",
    "CallEvent",
    "Chunk",
    "ChunkInfo",
    "Filter",
    "FilterInfo",
    "FleetHost",
    "Hooks",
    "HostResult",
    "Meta",
    "Pages",
    "RetryPolicy",
    "SessionAuth",
    "Sort",
    "SortInfo",
    "Target",
    "WhmApiError",
    "WhmAuth",
    "WhmAuthError",
    "WhmClient",
    "WhmConfigError",
    "WhmConnectError",
    "WhmError",
    "WhmFleet",
    "WhmHttpError",
    "WhmLoginPageError",
    "WhmReplyTooLargeError",
    "WhmResponseError",
    "WhmSchemaError",
    "WhmServerError",
    "WhmTimeoutError",
    "WhmTransportError",
    "WhmUapiError",
    "WhmUnknownFunctionError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
