# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ListsshkeysSyncAuthorized = Literal[0, 1]

LISTSSHKEYS_SYNC_AUTHORIZED_VALUES: set[ListsshkeysSyncAuthorized] = {
    0,
    1,
}


def check_listsshkeys_sync_authorized(value: int) -> ListsshkeysSyncAuthorized:
    if value in LISTSSHKEYS_SYNC_AUTHORIZED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LISTSSHKEYS_SYNC_AUTHORIZED_VALUES!r}")
