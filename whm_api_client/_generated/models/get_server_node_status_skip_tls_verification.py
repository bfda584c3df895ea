# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

GetServerNodeStatusSkipTlsVerification = Literal[0, 1]

GET_SERVER_NODE_STATUS_SKIP_TLS_VERIFICATION_VALUES: set[GetServerNodeStatusSkipTlsVerification] = {
    0,
    1,
}


def check_get_server_node_status_skip_tls_verification(value: int) -> GetServerNodeStatusSkipTlsVerification:
    if value in GET_SERVER_NODE_STATUS_SKIP_TLS_VERIFICATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SERVER_NODE_STATUS_SKIP_TLS_VERIFICATION_VALUES!r}"
    )
