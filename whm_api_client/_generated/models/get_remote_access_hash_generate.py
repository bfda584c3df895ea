# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

GetRemoteAccessHashGenerate = Literal[0, 1]

GET_REMOTE_ACCESS_HASH_GENERATE_VALUES: set[GetRemoteAccessHashGenerate] = {
    0,
    1,
}


def check_get_remote_access_hash_generate(value: int) -> GetRemoteAccessHashGenerate:
    if value in GET_REMOTE_ACCESS_HASH_GENERATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_REMOTE_ACCESS_HASH_GENERATE_VALUES!r}")
