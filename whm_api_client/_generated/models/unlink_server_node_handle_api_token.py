# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

UnlinkServerNodeHandleApiToken = Literal["expire_24h", "leave"]

UNLINK_SERVER_NODE_HANDLE_API_TOKEN_VALUES: set[UnlinkServerNodeHandleApiToken] = {
    "expire_24h",
    "leave",
}


def check_unlink_server_node_handle_api_token(value: str) -> UnlinkServerNodeHandleApiToken:
    if value in UNLINK_SERVER_NODE_HANDLE_API_TOKEN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UNLINK_SERVER_NODE_HANDLE_API_TOKEN_VALUES!r}")
