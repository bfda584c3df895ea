# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MatchpkgsDIGESTAUTH = Literal["n", "y"]

MATCHPKGS_DIGESTAUTH_VALUES: set[MatchpkgsDIGESTAUTH] = {
    "n",
    "y",
}


def check_matchpkgs_digestauth(value: str) -> MatchpkgsDIGESTAUTH:
    if value in MATCHPKGS_DIGESTAUTH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MATCHPKGS_DIGESTAUTH_VALUES!r}")
