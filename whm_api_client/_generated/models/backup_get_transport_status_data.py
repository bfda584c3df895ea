# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.backup_get_transport_status_data_transport_status_item import (
        BackupGetTransportStatusDataTransportStatusItem,
    )


T = TypeVar("T", bound="BackupGetTransportStatusData")
_new_instance = object.__new__


@_attrs_define
class BackupGetTransportStatusData:
    """
    Attributes:
        pages (int | Unset):
        transport_status (list[BackupGetTransportStatusDataTransportStatusItem] | Unset):
    """

    pages: int | Unset = UNSET
    transport_status: list[BackupGetTransportStatusDataTransportStatusItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        pages = self.pages

        transport_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transport_status, Unset):
            transport_status = []
            for transport_status_item_data in self.transport_status:
                transport_status_item = transport_status_item_data.to_dict()
                transport_status.append(transport_status_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pages is not UNSET:
            field_dict["pages"] = pages
        if transport_status is not UNSET:
            field_dict["transport_status"] = transport_status

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pages = d.pop("pages", UNSET)
        if pages.__class__ is not int:
            pages = read_value(pages, "pages", "integer", False)

        _transport_status = d.pop("transport_status", UNSET)
        if _transport_status.__class__ is not list:
            _transport_status = read_list(_transport_status, "transport_status", False)
        transport_status: list[BackupGetTransportStatusDataTransportStatusItem] | Unset = UNSET
        if _transport_status is not UNSET:
            transport_status = []
            for transport_status_item_data in _transport_status:
                _transport_status_item = transport_status_item_data
                if _transport_status_item.__class__ is not dict:
                    _transport_status_item = read_object(_transport_status_item, "transport_status_item", True)
                transport_status_item = BackupGetTransportStatusDataTransportStatusItem.from_dict(
                    _transport_status_item
                )

                transport_status.append(transport_status_item)

        backup_get_transport_status_data = _new_instance(cls)
        backup_get_transport_status_data.pages = pages
        backup_get_transport_status_data.transport_status = transport_status

        backup_get_transport_status_data.additional_properties = dict(d) if d else {}
        return backup_get_transport_status_data

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


from ..models.backup_get_transport_status_data_transport_status_item import (
    BackupGetTransportStatusDataTransportStatusItem,  # noqa: E402
)
