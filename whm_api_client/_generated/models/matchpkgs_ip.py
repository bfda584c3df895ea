# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MatchpkgsIP = Literal["n", "y"]

MATCHPKGS_IP_VALUES: set[MatchpkgsIP] = {
    "n",
    "y",
}


def check_matchpkgs_ip(value: str) -> MatchpkgsIP:
    if value in MATCHPKGS_IP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MATCHPKGS_IP_VALUES!r}")
