# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateIntegrationLinkGroupId = Literal[
    "advanced", "databases", "domains", "email", "files", "metrics", "pref", "security", "software"
]

CREATE_INTEGRATION_LINK_GROUP_ID_VALUES: set[CreateIntegrationLinkGroupId] = {
    "advanced",
    "databases",
    "domains",
    "email",
    "files",
    "metrics",
    "pref",
    "security",
    "software",
}


def check_create_integration_link_group_id(value: str) -> CreateIntegrationLinkGroupId:
    if value in CREATE_INTEGRATION_LINK_GROUP_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_INTEGRATION_LINK_GROUP_ID_VALUES!r}")
