# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateUserSessionService = Literal["cpaneld", "webmaild", "whostmgrd"]

CREATE_USER_SESSION_SERVICE_VALUES: set[CreateUserSessionService] = {
    "cpaneld",
    "webmaild",
    "whostmgrd",
}


def check_create_user_session_service(value: str) -> CreateUserSessionService:
    if value in CREATE_USER_SESSION_SERVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_USER_SESSION_SERVICE_VALUES!r}")
