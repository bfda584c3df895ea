# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAllContactImportancesDataImportancesItem")


@_attrs_define
class GetAllContactImportancesDataImportancesItem:
    """
    Attributes:
        name (str | Unset):
        app (str | Unset):
        event (str | Unset):
        importance (int | Unset):
    """

    name: str | Unset = UNSET
    app: str | Unset = UNSET
    event: str | Unset = UNSET
    importance: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        app = self.app

        event = self.event

        importance = self.importance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if app is not UNSET:
            field_dict["app"] = app
        if event is not UNSET:
            field_dict["event"] = event
        if importance is not UNSET:
            field_dict["importance"] = importance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        app = d.pop("app", UNSET)
        if app is None:
            app = UNSET
        if not isinstance(app, (str, Unset)):
            raise TypeError(f"field app: expected string, got {type(app).__name__}")

        event = d.pop("event", UNSET)
        if event is None:
            event = UNSET
        if not isinstance(event, (str, Unset)):
            raise TypeError(f"field event: expected string, got {type(event).__name__}")

        importance = d.pop("importance", UNSET)
        if importance is None:
            importance = UNSET
        if not isinstance(importance, (int, Unset)):
            raise TypeError(f"field importance: expected integer, got {type(importance).__name__}")

        get_all_contact_importances_data_importances_item = cls(
            name=name,
            app=app,
            event=event,
            importance=importance,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_all_contact_importances_data_importances_item.additional_properties = additional_properties
        return get_all_contact_importances_data_importances_item

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
