# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EmailtrackSearchInprogress = Literal[0, 1]

EMAILTRACK_SEARCH_INPROGRESS_VALUES: set[EmailtrackSearchInprogress] = {
    0,
    1,
}


def check_emailtrack_search_inprogress(value: int) -> EmailtrackSearchInprogress:
    if value in EMAILTRACK_SEARCH_INPROGRESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAILTRACK_SEARCH_INPROGRESS_VALUES!r}")
