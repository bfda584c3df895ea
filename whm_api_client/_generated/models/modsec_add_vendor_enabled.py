# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModsecAddVendorEnabled = Literal[0, 1]

MODSEC_ADD_VENDOR_ENABLED_VALUES: set[ModsecAddVendorEnabled] = {
    0,
    1,
}


def check_modsec_add_vendor_enabled(value: int) -> ModsecAddVendorEnabled:
    if value in MODSEC_ADD_VENDOR_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODSEC_ADD_VENDOR_ENABLED_VALUES!r}")
