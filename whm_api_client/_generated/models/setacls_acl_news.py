# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclNews = Literal[1]

SETACLS_ACL_NEWS_VALUES: set[SetaclsAclNews] = {
    1,
}


def check_setacls_acl_news(value: int) -> SetaclsAclNews:
    if value in SETACLS_ACL_NEWS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_NEWS_VALUES!r}")
