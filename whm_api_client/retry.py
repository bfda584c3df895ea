"""Opt-in retries for read-only functions.

WHM sends nearly every function, mutating ones included, as a GET, so the
HTTP method can't say what is safe to repeat. The client only ever consults
this policy for functions the spec marks read-only (``x-whm-read-only``);
a call that may change state is sent exactly once.
"""

from __future__ import annotations

import random

import attrs

from .errors import WhmConnectError, WhmServerError, WhmTimeoutError

__all__ = ["RetryPolicy"]


@attrs.frozen
class RetryPolicy:
    """Retry connect failures, and the statuses listed, with capped exponential backoff and jitter."""

    attempts: int = attrs.field(default=3, validator=attrs.validators.ge(1))
    backoff: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    max_backoff: float = attrs.field(default=10.0, validator=attrs.validators.ge(0))
    statuses: frozenset[int] = frozenset({502, 503, 504})
    retry_timeouts: bool = False

    def delay(self, attempt: int, error: BaseException) -> float | None:
        """Seconds to wait before attempt ``attempt + 1``, or None to give up."""
        if attempt >= self.attempts or not self._retryable(error):
            return None
        ceiling = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
        return random.uniform(ceiling / 2, ceiling)

    def _retryable(self, error: BaseException) -> bool:
        if isinstance(error, WhmTimeoutError):
            return self.retry_timeouts
        if isinstance(error, WhmConnectError):
            return True
        return isinstance(error, WhmServerError) and error.status_code in self.statuses
