# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.servicestatus_data_service_item import ServicestatusDataServiceItem


T = TypeVar("T", bound="ServicestatusData")
_new_instance = object.__new__


@_attrs_define
class ServicestatusData:
    """
    Attributes:
        service (list[ServicestatusDataServiceItem] | Unset):
    """

    service: list[ServicestatusDataServiceItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        service: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = []
            for service_item_data in self.service:
                service_item = service_item_data.to_dict()
                service.append(service_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _service = d.pop("service", UNSET)
        if _service.__class__ is not list:
            _service = read_list(_service, "service", False)
        service: list[ServicestatusDataServiceItem] | Unset = UNSET
        if _service is not UNSET:
            service = []
            for service_item_data in _service:
                _service_item = service_item_data
                if _service_item.__class__ is not dict:
                    _service_item = read_object(_service_item, "service_item", True)
                service_item = ServicestatusDataServiceItem.from_dict(_service_item)

                service.append(service_item)

        servicestatus_data = _new_instance(cls)
        servicestatus_data.service = service

        servicestatus_data.additional_properties = dict(d) if d else {}
        return servicestatus_data

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


from ..models.servicestatus_data_service_item import ServicestatusDataServiceItem  # noqa: E402
