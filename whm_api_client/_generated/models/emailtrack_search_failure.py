# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EmailtrackSearchFailure = Literal[0, 1]

EMAILTRACK_SEARCH_FAILURE_VALUES: set[EmailtrackSearchFailure] = {
    0,
    1,
}


def check_emailtrack_search_failure(value: int) -> EmailtrackSearchFailure:
    if value in EMAILTRACK_SEARCH_FAILURE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAILTRACK_SEARCH_FAILURE_VALUES!r}")
