# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ConfigureserviceService = Literal[
    "apache_php_fpm",
    "cpanel-dovecot-solr",
    "cpanel_php_fpm",
    "cpanellogd",
    "cpdavd",
    "cphulkd",
    "cpsrvd",
    "crond",
    "dnsadmin",
    "exim",
    "exim-altport",
    "ftpd",
    "httpd",
    "imap",
    "ipaliases",
    "lmtp",
    "mailman",
    "mysql",
    "named",
    "nscd",
    "p0f",
    "pop",
    "postgresql",
    "queueprocd",
    "rsyslogd",
    "spamd",
    "sshd",
]

CONFIGURESERVICE_SERVICE_VALUES: set[ConfigureserviceService] = {
    "apache_php_fpm",
    "cpanel-dovecot-solr",
    "cpanel_php_fpm",
    "cpanellogd",
    "cpdavd",
    "cphulkd",
    "cpsrvd",
    "crond",
    "dnsadmin",
    "exim",
    "exim-altport",
    "ftpd",
    "httpd",
    "imap",
    "ipaliases",
    "lmtp",
    "mailman",
    "mysql",
    "named",
    "nscd",
    "p0f",
    "pop",
    "postgresql",
    "queueprocd",
    "rsyslogd",
    "spamd",
    "sshd",
}


def check_configureservice_service(value: str) -> ConfigureserviceService:
    if value in CONFIGURESERVICE_SERVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONFIGURESERVICE_SERVICE_VALUES!r}")
