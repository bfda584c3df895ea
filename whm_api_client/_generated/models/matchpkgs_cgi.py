# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MatchpkgsCGI = Literal[0, 1]

MATCHPKGS_CGI_VALUES: set[MatchpkgsCGI] = {
    0,
    1,
}


def check_matchpkgs_cgi(value: int) -> MatchpkgsCGI:
    if value in MATCHPKGS_CGI_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MATCHPKGS_CGI_VALUES!r}")
