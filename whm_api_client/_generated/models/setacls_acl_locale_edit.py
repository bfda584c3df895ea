# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclLocaleEdit = Literal[1]

SETACLS_ACL_LOCALE_EDIT_VALUES: set[SetaclsAclLocaleEdit] = {
    1,
}


def check_setacls_acl_locale_edit(value: int) -> SetaclsAclLocaleEdit:
    if value in SETACLS_ACL_LOCALE_EDIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_LOCALE_EDIT_VALUES!r}")
