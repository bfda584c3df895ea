"""Async, typed client for cPanel & WHM's WHM API 1.

    from whm_api_client import ApiTokenAuth, Target, WhmClient

    async with WhmClient(Target.host("whm.example.com"), ApiTokenAuth("root", token)) as whm:
        forwards = await whm.get_user_email_forward_destination(user="bob")

Every function in the bundled WHM spec is a typed method of ``WhmClient``;
``WhmClient.call`` reaches any function by name.
"""

from typing import TYPE_CHECKING, Any

from .auth import ApiTokenAuth, BasicAuth, SessionAuth, WhmAuth
from .batch import BatchResult
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
)
from .meta import Chunk, ChunkInfo, Filter, FilterInfo, Meta, Sort
from .retry import RetryPolicy
from .targets import Target

if TYPE_CHECKING:
    from .paging import Pages

__all__ = [
    "DEFAULT_TIMEOUT",
    "ApiTokenAuth",
    "BasicAuth",
    "BatchResult",
    "Chunk",
    "ChunkInfo",
    "Filter",
    "FilterInfo",
    "Meta",
    "Pages",
    "RetryPolicy",
    "SessionAuth",
    "Sort",
    "Target",
    "WhmApiError",
    "WhmAuth",
    "WhmAuthError",
    "WhmClient",
    "WhmConfigError",
    "WhmConnectError",
    "WhmError",
    "WhmHttpError",
    "WhmLoginPageError",
    "WhmReplyTooLargeError",
    "WhmResponseError",
    "WhmSchemaError",
    "WhmServerError",
    "WhmTimeoutError",
    "WhmTransportError",
    "WhmUapiError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    """``Pages`` loads on first use: it needs anyio, which takes ~15 ms to import."""
    if name == "Pages":
        from .paging import Pages

        return Pages
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
