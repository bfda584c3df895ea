# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ListsshkeysPrivate = Literal[0, 1]

LISTSSHKEYS_PRIVATE_VALUES: set[ListsshkeysPrivate] = {
    0,
    1,
}


def check_listsshkeys_private(value: int) -> ListsshkeysPrivate:
    if value in LISTSSHKEYS_PRIVATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LISTSSHKEYS_PRIVATE_VALUES!r}")
