# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ListacctsSearchmethod = Literal["exact", "regex"]

LISTACCTS_SEARCHMETHOD_VALUES: set[ListacctsSearchmethod] = {
    "exact",
    "regex",
}


def check_listaccts_searchmethod(value: str) -> ListacctsSearchmethod:
    if value in LISTACCTS_SEARCHMETHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LISTACCTS_SEARCHMETHOD_VALUES!r}")
