# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateSubdomainUseCanonicalName = Literal[0, 1]

CREATE_SUBDOMAIN_USE_CANONICAL_NAME_VALUES: set[CreateSubdomainUseCanonicalName] = {
    0,
    1,
}


def check_create_subdomain_use_canonical_name(value: int) -> CreateSubdomainUseCanonicalName:
    if value in CREATE_SUBDOMAIN_USE_CANONICAL_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_SUBDOMAIN_USE_CANONICAL_NAME_VALUES!r}")
