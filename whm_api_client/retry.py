"""Opt-in retries for read-only functions.

WHM sends nearly every function, mutating ones included, as a GET, so the
HTTP method can't say what is safe to repeat. The client only ever consults
this policy for functions the spec marks read-only (``x-whm-read-only``);
a call that may change state is sent exactly once.
"""

from __future__ import annotations

import math
import random

import attrs

from .errors import WhmConfigError, WhmConnectError, WhmServerError, WhmTimeoutError

__all__ = ["RetryPolicy"]


def _count(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise WhmConfigError(
            f"RetryPolicy: {attribute.name} must be an integer >= 1, got {value!r}"
        )


def _seconds(_: object, attribute: attrs.Attribute[float], value: object) -> None:
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value < math.inf:
        raise WhmConfigError(f"RetryPolicy: {attribute.name} must be seconds >= 0, got {value!r}")


def _statuses(value: object) -> frozenset[int]:
    # Only 5xx replies are retried; 401/403 never are: repeating a refused login
    # makes cPHulk lock the source address out.
    if isinstance(value, set | frozenset | list | tuple) and all(
        isinstance(status, int) and 500 <= status <= 599 for status in value
    ):
        return frozenset(value)
    raise WhmConfigError(f"RetryPolicy: statuses must be a set of 5xx status codes, got {value!r}")


@attrs.frozen
class RetryPolicy:
    """Retry connect failures, and the statuses listed, with capped exponential backoff and jitter."""

    attempts: int = attrs.field(default=3, validator=_count)
    backoff: float = attrs.field(default=0.5, validator=_seconds)
    max_backoff: float = attrs.field(default=10.0, validator=_seconds)
    statuses: frozenset[int] = attrs.field(default=frozenset({502, 503, 504}), converter=_statuses)
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
