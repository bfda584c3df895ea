# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

LinkServerNodeWithApiTokenSkipTlsVerification = Literal[0, 1]

LINK_SERVER_NODE_WITH_API_TOKEN_SKIP_TLS_VERIFICATION_VALUES: set[LinkServerNodeWithApiTokenSkipTlsVerification] = {
    0,
    1,
}


def check_link_server_node_with_api_token_skip_tls_verification(
    value: int,
) -> LinkServerNodeWithApiTokenSkipTlsVerification:
    if value in LINK_SERVER_NODE_WITH_API_TOKEN_SKIP_TLS_VERIFICATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LINK_SERVER_NODE_WITH_API_TOKEN_SKIP_TLS_VERIFICATION_VALUES!r}"
    )
