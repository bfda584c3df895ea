# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclTrackEmail = Literal[1]

SETACLS_ACL_TRACK_EMAIL_VALUES: set[SetaclsAclTrackEmail] = {
    1,
}


def check_setacls_acl_track_email(value: int) -> SetaclsAclTrackEmail:
    if value in SETACLS_ACL_TRACK_EMAIL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_TRACK_EMAIL_VALUES!r}")
