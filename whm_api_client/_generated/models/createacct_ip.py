# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateacctIp = Literal["n", "y"]

CREATEACCT_IP_VALUES: set[CreateacctIp] = {
    "n",
    "y",
}


def check_createacct_ip(value: str) -> CreateacctIp:
    if value in CREATEACCT_IP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATEACCT_IP_VALUES!r}")
