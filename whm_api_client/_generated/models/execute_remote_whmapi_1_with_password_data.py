# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecuteRemoteWhmapi1WithPasswordData")


@_attrs_define
class ExecuteRemoteWhmapi1WithPasswordData:
    """
    Attributes:
        app (list[str] | Unset):
        key_name (str | Unset):
    """

    app: list[str] | Unset = UNSET
    key_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app: list[str] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app

        key_name = self.key_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app is not UNSET:
            field_dict["app"] = app
        if key_name is not UNSET:
            field_dict["key-name*"] = key_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _app = d.pop("app", UNSET)
        app: list[str] | Unset = UNSET
        if _app is not None and not isinstance(_app, Unset):  # null reads as UNSET
            if not isinstance(_app, list):
                raise TypeError(f"field app: expected array, got {type(_app).__name__}")
            app = []
            for app_item_data in _app:
                app_item = app_item_data
                if not isinstance(app_item, (str,)):
                    raise TypeError(f"field app_item: expected string, got {type(app_item).__name__}")

                app.append(app_item)

        key_name = d.pop("key-name*", UNSET)
        if key_name is None:
            key_name = UNSET
        if not isinstance(key_name, (str, Unset)):
            raise TypeError(f"field key-name*: expected string, got {type(key_name).__name__}")

        execute_remote_whmapi_1_with_password_data = cls(
            app=app,
            key_name=key_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        execute_remote_whmapi_1_with_password_data.additional_properties = additional_properties
        return execute_remote_whmapi_1_with_password_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
