# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ListsshkeysPrivateTexts = Literal[0, 1]

LISTSSHKEYS_PRIVATE_TEXTS_VALUES: set[ListsshkeysPrivateTexts] = {
    0,
    1,
}


def check_listsshkeys_private_texts(value: int) -> ListsshkeysPrivateTexts:
    if value in LISTSSHKEYS_PRIVATE_TEXTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LISTSSHKEYS_PRIVATE_TEXTS_VALUES!r}")
