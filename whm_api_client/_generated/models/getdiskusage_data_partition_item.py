# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetdiskusageDataPartitionItem")
_new_instance = object.__new__


@_attrs_define
class GetdiskusageDataPartitionItem:
    """
    Attributes:
        available (int | Unset):
        device (str | Unset):
        disk (str | Unset):
        filesystem (str | Unset):
        inodes_available (int | Unset):
        inodes_ipercentage (int | Unset):
        inodes_total (int | Unset):
        inodes_used (int | Unset):
        mount (str | Unset):
        percentage (int | Unset):
        total (int | Unset):
        used (int | Unset):
    """

    available: int | Unset = UNSET
    device: str | Unset = UNSET
    disk: str | Unset = UNSET
    filesystem: str | Unset = UNSET
    inodes_available: int | Unset = UNSET
    inodes_ipercentage: int | Unset = UNSET
    inodes_total: int | Unset = UNSET
    inodes_used: int | Unset = UNSET
    mount: str | Unset = UNSET
    percentage: int | Unset = UNSET
    total: int | Unset = UNSET
    used: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        available = self.available

        device = self.device

        disk = self.disk

        filesystem = self.filesystem

        inodes_available = self.inodes_available

        inodes_ipercentage = self.inodes_ipercentage

        inodes_total = self.inodes_total

        inodes_used = self.inodes_used

        mount = self.mount

        percentage = self.percentage

        total = self.total

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available is not UNSET:
            field_dict["available"] = available
        if device is not UNSET:
            field_dict["device"] = device
        if disk is not UNSET:
            field_dict["disk"] = disk
        if filesystem is not UNSET:
            field_dict["filesystem"] = filesystem
        if inodes_available is not UNSET:
            field_dict["inodes_available"] = inodes_available
        if inodes_ipercentage is not UNSET:
            field_dict["inodes_ipercentage"] = inodes_ipercentage
        if inodes_total is not UNSET:
            field_dict["inodes_total"] = inodes_total
        if inodes_used is not UNSET:
            field_dict["inodes_used"] = inodes_used
        if mount is not UNSET:
            field_dict["mount"] = mount
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if total is not UNSET:
            field_dict["total"] = total
        if used is not UNSET:
            field_dict["used"] = used

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available = d.pop("available", UNSET)
        if available.__class__ is not int:
            available = read_value(available, "available", "integer", False)

        device = d.pop("device", UNSET)
        if device.__class__ is not str:
            device = read_value(device, "device", "string", False)

        disk = d.pop("disk", UNSET)
        if disk.__class__ is not str:
            disk = read_value(disk, "disk", "string", False)

        filesystem = d.pop("filesystem", UNSET)
        if filesystem.__class__ is not str:
            filesystem = read_value(filesystem, "filesystem", "string", False)

        inodes_available = d.pop("inodes_available", UNSET)
        if inodes_available.__class__ is not int:
            inodes_available = read_value(inodes_available, "inodes_available", "integer", False)

        inodes_ipercentage = d.pop("inodes_ipercentage", UNSET)
        if inodes_ipercentage.__class__ is not int:
            inodes_ipercentage = read_value(inodes_ipercentage, "inodes_ipercentage", "integer", False)

        inodes_total = d.pop("inodes_total", UNSET)
        if inodes_total.__class__ is not int:
            inodes_total = read_value(inodes_total, "inodes_total", "integer", False)

        inodes_used = d.pop("inodes_used", UNSET)
        if inodes_used.__class__ is not int:
            inodes_used = read_value(inodes_used, "inodes_used", "integer", False)

        mount = d.pop("mount", UNSET)
        if mount.__class__ is not str:
            mount = read_value(mount, "mount", "string", False)

        percentage = d.pop("percentage", UNSET)
        if percentage.__class__ is not int:
            percentage = read_value(percentage, "percentage", "integer", False)

        total = d.pop("total", UNSET)
        if total.__class__ is not int:
            total = read_value(total, "total", "integer", False)

        used = d.pop("used", UNSET)
        if used.__class__ is not int:
            used = read_value(used, "used", "integer", False)

        getdiskusage_data_partition_item = _new_instance(cls)
        getdiskusage_data_partition_item.available = available
        getdiskusage_data_partition_item.device = device
        getdiskusage_data_partition_item.disk = disk
        getdiskusage_data_partition_item.filesystem = filesystem
        getdiskusage_data_partition_item.inodes_available = inodes_available
        getdiskusage_data_partition_item.inodes_ipercentage = inodes_ipercentage
        getdiskusage_data_partition_item.inodes_total = inodes_total
        getdiskusage_data_partition_item.inodes_used = inodes_used
        getdiskusage_data_partition_item.mount = mount
        getdiskusage_data_partition_item.percentage = percentage
        getdiskusage_data_partition_item.total = total
        getdiskusage_data_partition_item.used = used

        getdiskusage_data_partition_item.additional_properties = dict(d) if d else {}
        return getdiskusage_data_partition_item

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
