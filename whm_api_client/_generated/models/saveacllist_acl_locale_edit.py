# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclLocaleEdit = Literal[0, 1]

SAVEACLLIST_ACL_LOCALE_EDIT_VALUES: set[SaveacllistAclLocaleEdit] = {
    0,
    1,
}


def check_saveacllist_acl_locale_edit(value: int) -> SaveacllistAclLocaleEdit:
    if value in SAVEACLLIST_ACL_LOCALE_EDIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_LOCALE_EDIT_VALUES!r}")
