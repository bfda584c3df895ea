# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

WpDashboardCreateLoginLinkService = Literal["cpaneld", "webmaild", "whostmgrd"]

WP_DASHBOARD_CREATE_LOGIN_LINK_SERVICE_VALUES: set[WpDashboardCreateLoginLinkService] = {
    "cpaneld",
    "webmaild",
    "whostmgrd",
}


def check_wp_dashboard_create_login_link_service(value: str) -> WpDashboardCreateLoginLinkService:
    if value in WP_DASHBOARD_CREATE_LOGIN_LINK_SERVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WP_DASHBOARD_CREATE_LOGIN_LINK_SERVICE_VALUES!r}")
