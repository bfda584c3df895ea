# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

GetUsersLinksService = Literal["cpaneld", "webmail"]

GET_USERS_LINKS_SERVICE_VALUES: set[GetUsersLinksService] = {
    "cpaneld",
    "webmail",
}


def check_get_users_links_service(value: str) -> GetUsersLinksService:
    if value in GET_USERS_LINKS_SERVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USERS_LINKS_SERVICE_VALUES!r}")
