# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ResetServiceSslCertificateService = Literal["cpanel", "dovecot", "exim", "ftp"]

RESET_SERVICE_SSL_CERTIFICATE_SERVICE_VALUES: set[ResetServiceSslCertificateService] = {
    "cpanel",
    "dovecot",
    "exim",
    "ftp",
}


def check_reset_service_ssl_certificate_service(value: str) -> ResetServiceSslCertificateService:
    if value in RESET_SERVICE_SSL_CERTIFICATE_SERVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESET_SERVICE_SSL_CERTIFICATE_SERVICE_VALUES!r}")
