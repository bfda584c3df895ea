# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetNameserverNameserver = Literal["BIND", "Disabled", "PowerDNS"]

SET_NAMESERVER_NAMESERVER_VALUES: set[SetNameserverNameserver] = {
    "BIND",
    "Disabled",
    "PowerDNS",
}


def check_set_nameserver_nameserver(value: str) -> SetNameserverNameserver:
    if value in SET_NAMESERVER_NAMESERVER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SET_NAMESERVER_NAMESERVER_VALUES!r}")
