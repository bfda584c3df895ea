# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclTrackEmail = Literal[0, 1]

SAVEACLLIST_ACL_TRACK_EMAIL_VALUES: set[SaveacllistAclTrackEmail] = {
    0,
    1,
}


def check_saveacllist_acl_track_email(value: int) -> SaveacllistAclTrackEmail:
    if value in SAVEACLLIST_ACL_TRACK_EMAIL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_TRACK_EMAIL_VALUES!r}")
