# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MatchpkgsHASSHELL = Literal[0, 1]

MATCHPKGS_HASSHELL_VALUES: set[MatchpkgsHASSHELL] = {
    0,
    1,
}


def check_matchpkgs_hasshell(value: int) -> MatchpkgsHASSHELL:
    if value in MATCHPKGS_HASSHELL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MATCHPKGS_HASSHELL_VALUES!r}")
