# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ListpkgsWant = Literal["all", "creatable", "editable", "viewable"]

LISTPKGS_WANT_VALUES: set[ListpkgsWant] = {
    "all",
    "creatable",
    "editable",
    "viewable",
}


def check_listpkgs_want(value: str) -> ListpkgsWant:
    if value in LISTPKGS_WANT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LISTPKGS_WANT_VALUES!r}")
