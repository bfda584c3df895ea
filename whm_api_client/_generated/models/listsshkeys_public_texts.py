# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ListsshkeysPublicTexts = Literal[0, 1]

LISTSSHKEYS_PUBLIC_TEXTS_VALUES: set[ListsshkeysPublicTexts] = {
    0,
    1,
}


def check_listsshkeys_public_texts(value: int) -> ListsshkeysPublicTexts:
    if value in LISTSSHKEYS_PUBLIC_TEXTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LISTSSHKEYS_PUBLIC_TEXTS_VALUES!r}")
