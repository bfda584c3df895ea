# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ListcrtsRegistered = Literal[0, 1]

LISTCRTS_REGISTERED_VALUES: set[ListcrtsRegistered] = {
    0,
    1,
}


def check_listcrts_registered(value: int) -> ListcrtsRegistered:
    if value in LISTCRTS_REGISTERED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LISTCRTS_REGISTERED_VALUES!r}")
