# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ListsshkeysPublic = Literal[0, 1]

LISTSSHKEYS_PUBLIC_VALUES: set[ListsshkeysPublic] = {
    0,
    1,
}


def check_listsshkeys_public(value: int) -> ListsshkeysPublic:
    if value in LISTSSHKEYS_PUBLIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LISTSSHKEYS_PUBLIC_VALUES!r}")
