# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.fetch_connected_application_data_data import FetchConnectedApplicationDataData


T = TypeVar("T", bound="FetchConnectedApplicationData")
_new_instance = object.__new__


@_attrs_define
class FetchConnectedApplicationData:
    """
    Attributes:
        name (str | Unset):
        data (FetchConnectedApplicationDataData | Unset):
    """

    name: str | Unset = UNSET
    data: FetchConnectedApplicationDataData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = read_value(name, "name", "string", False)

        _data = d.pop("data", UNSET)
        data: FetchConnectedApplicationDataData | Unset
        if _data.__class__ is not dict:
            _data = read_object(_data, "data", False)
        data = UNSET if _data is UNSET else FetchConnectedApplicationDataData.from_dict(_data)

        fetch_connected_application_data = _new_instance(cls)
        fetch_connected_application_data.name = name
        fetch_connected_application_data.data = data

        fetch_connected_application_data.additional_properties = dict(d) if d else {}
        return fetch_connected_application_data

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


from ..models.fetch_connected_application_data_data import FetchConnectedApplicationDataData  # noqa: E402
