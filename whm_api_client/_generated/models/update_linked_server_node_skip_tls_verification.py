# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

UpdateLinkedServerNodeSkipTlsVerification = Literal[0, 1]

UPDATE_LINKED_SERVER_NODE_SKIP_TLS_VERIFICATION_VALUES: set[UpdateLinkedServerNodeSkipTlsVerification] = {
    0,
    1,
}


def check_update_linked_server_node_skip_tls_verification(value: int) -> UpdateLinkedServerNodeSkipTlsVerification:
    if value in UPDATE_LINKED_SERVER_NODE_SKIP_TLS_VERIFICATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_LINKED_SERVER_NODE_SKIP_TLS_VERIFICATION_VALUES!r}"
    )
