# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

InstallServiceSslCertificateService = Literal["cpanel", "dovecot", "exim", "ftp"]

INSTALL_SERVICE_SSL_CERTIFICATE_SERVICE_VALUES: set[InstallServiceSslCertificateService] = {
    "cpanel",
    "dovecot",
    "exim",
    "ftp",
}


def check_install_service_ssl_certificate_service(value: str) -> InstallServiceSslCertificateService:
    if value in INSTALL_SERVICE_SSL_CERTIFICATE_SERVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTALL_SERVICE_SSL_CERTIFICATE_SERVICE_VALUES!r}")
