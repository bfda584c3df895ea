# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RemoveacctKeepdns = Literal[0, 1]

REMOVEACCT_KEEPDNS_VALUES: set[RemoveacctKeepdns] = {
    0,
    1,
}


def check_removeacct_keepdns(value: int) -> RemoveacctKeepdns:
    if value in REMOVEACCT_KEEPDNS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REMOVEACCT_KEEPDNS_VALUES!r}")
