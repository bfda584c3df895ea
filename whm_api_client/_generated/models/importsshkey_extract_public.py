# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ImportsshkeyExtractPublic = Literal[0, 1]

IMPORTSSHKEY_EXTRACT_PUBLIC_VALUES: set[ImportsshkeyExtractPublic] = {
    0,
    1,
}


def check_importsshkey_extract_public(value: int) -> ImportsshkeyExtractPublic:
    if value in IMPORTSSHKEY_EXTRACT_PUBLIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORTSSHKEY_EXTRACT_PUBLIC_VALUES!r}")
