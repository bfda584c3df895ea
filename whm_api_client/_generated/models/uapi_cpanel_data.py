# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.uapi_cpanel_data_uapi import UapiCpanelDataUapi


T = TypeVar("T", bound="UapiCpanelData")
_new_instance = object.__new__


@_attrs_define
class UapiCpanelData:
    """
    Attributes:
        uapi (UapiCpanelDataUapi | Unset):
    """

    uapi: UapiCpanelDataUapi | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        uapi: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uapi, Unset):
            uapi = self.uapi.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uapi is not UNSET:
            field_dict["uapi"] = uapi

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _uapi = d.pop("uapi", UNSET)
        uapi: UapiCpanelDataUapi | Unset
        if _uapi.__class__ is not dict:
            _uapi = read_object(_uapi, "uapi", False)
        uapi = UNSET if _uapi is UNSET else UapiCpanelDataUapi.from_dict(_uapi)

        uapi_cpanel_data = _new_instance(cls)
        uapi_cpanel_data.uapi = uapi

        uapi_cpanel_data.additional_properties = dict(d) if d else {}
        return uapi_cpanel_data

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


from ..models.uapi_cpanel_data_uapi import UapiCpanelDataUapi  # noqa: E402
