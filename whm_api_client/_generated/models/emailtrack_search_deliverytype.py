# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EmailtrackSearchDeliverytype = Literal["all", "local", "remote"]

EMAILTRACK_SEARCH_DELIVERYTYPE_VALUES: set[EmailtrackSearchDeliverytype] = {
    "all",
    "local",
    "remote",
}


def check_emailtrack_search_deliverytype(value: str) -> EmailtrackSearchDeliverytype:
    if value in EMAILTRACK_SEARCH_DELIVERYTYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAILTRACK_SEARCH_DELIVERYTYPE_VALUES!r}")
