# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateIntegrationLinkHide = Literal[0, 1]

CREATE_INTEGRATION_LINK_HIDE_VALUES: set[CreateIntegrationLinkHide] = {
    0,
    1,
}


def check_create_integration_link_hide(value: int) -> CreateIntegrationLinkHide:
    if value in CREATE_INTEGRATION_LINK_HIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_INTEGRATION_LINK_HIDE_VALUES!r}")
