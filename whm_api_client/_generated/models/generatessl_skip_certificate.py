# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

GeneratesslSkipCertificate = Literal[0, 1]

GENERATESSL_SKIP_CERTIFICATE_VALUES: set[GeneratesslSkipCertificate] = {
    0,
    1,
}


def check_generatessl_skip_certificate(value: int) -> GeneratesslSkipCertificate:
    if value in GENERATESSL_SKIP_CERTIFICATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GENERATESSL_SKIP_CERTIFICATE_VALUES!r}")
