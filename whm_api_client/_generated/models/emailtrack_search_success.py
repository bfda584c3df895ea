# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EmailtrackSearchSuccess = Literal[0, 1]

EMAILTRACK_SEARCH_SUCCESS_VALUES: set[EmailtrackSearchSuccess] = {
    0,
    1,
}


def check_emailtrack_search_success(value: int) -> EmailtrackSearchSuccess:
    if value in EMAILTRACK_SEARCH_SUCCESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAILTRACK_SEARCH_SUCCESS_VALUES!r}")
