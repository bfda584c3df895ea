# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclNews = Literal[0, 1]

SAVEACLLIST_ACL_NEWS_VALUES: set[SaveacllistAclNews] = {
    0,
    1,
}


def check_saveacllist_acl_news(value: int) -> SaveacllistAclNews:
    if value in SAVEACLLIST_ACL_NEWS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_NEWS_VALUES!r}")
