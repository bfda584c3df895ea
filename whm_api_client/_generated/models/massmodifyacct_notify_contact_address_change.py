# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctNotifyContactAddressChange = Literal[0, 1]

MASSMODIFYACCT_NOTIFY_CONTACT_ADDRESS_CHANGE_VALUES: set[MassmodifyacctNotifyContactAddressChange] = {
    0,
    1,
}


def check_massmodifyacct_notify_contact_address_change(value: int) -> MassmodifyacctNotifyContactAddressChange:
    if value in MASSMODIFYACCT_NOTIFY_CONTACT_ADDRESS_CHANGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_NOTIFY_CONTACT_ADDRESS_CHANGE_VALUES!r}"
    )
