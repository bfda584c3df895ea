# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetdiskusageDataPartitionItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available = d.pop("available", UNSET)
        if available is None:
            available = UNSET
        if not isinstance(available, (int, Unset)):
            raise TypeError(f"field available: expected integer, got {type(available).__name__}")

        device = d.pop("device", UNSET)
        if device is None:
            device = UNSET
        if not isinstance(device, (str, Unset)):
            raise TypeError(f"field device: expected string, got {type(device).__name__}")

        disk = d.pop("disk", UNSET)
        if disk is None:
            disk = UNSET
        if not isinstance(disk, (str, Unset)):
            raise TypeError(f"field disk: expected string, got {type(disk).__name__}")

        filesystem = d.pop("filesystem", UNSET)
        if filesystem is None:
            filesystem = UNSET
        if not isinstance(filesystem, (str, Unset)):
            raise TypeError(f"field filesystem: expected string, got {type(filesystem).__name__}")

        inodes_available = d.pop("inodes_available", UNSET)
        if inodes_available is None:
            inodes_available = UNSET
        if not isinstance(inodes_available, (int, Unset)):
            raise TypeError(f"field inodes_available: expected integer, got {type(inodes_available).__name__}")

        inodes_ipercentage = d.pop("inodes_ipercentage", UNSET)
        if inodes_ipercentage is None:
            inodes_ipercentage = UNSET
        if not isinstance(inodes_ipercentage, (int, Unset)):
            raise TypeError(f"field inodes_ipercentage: expected integer, got {type(inodes_ipercentage).__name__}")

        inodes_total = d.pop("inodes_total", UNSET)
        if inodes_total is None:
            inodes_total = UNSET
        if not isinstance(inodes_total, (int, Unset)):
            raise TypeError(f"field inodes_total: expected integer, got {type(inodes_total).__name__}")

        inodes_used = d.pop("inodes_used", UNSET)
        if inodes_used is None:
            inodes_used = UNSET
        if not isinstance(inodes_used, (int, Unset)):
            raise TypeError(f"field inodes_used: expected integer, got {type(inodes_used).__name__}")

        mount = d.pop("mount", UNSET)
        if mount is None:
            mount = UNSET
        if not isinstance(mount, (str, Unset)):
            raise TypeError(f"field mount: expected string, got {type(mount).__name__}")

        percentage = d.pop("percentage", UNSET)
        if percentage is None:
            percentage = UNSET
        if not isinstance(percentage, (int, Unset)):
            raise TypeError(f"field percentage: expected integer, got {type(percentage).__name__}")

        total = d.pop("total", UNSET)
        if total is None:
            total = UNSET
        if not isinstance(total, (int, Unset)):
            raise TypeError(f"field total: expected integer, got {type(total).__name__}")

        used = d.pop("used", UNSET)
        if used is None:
            used = UNSET
        if not isinstance(used, (int, Unset)):
            raise TypeError(f"field used: expected integer, got {type(used).__name__}")

        getdiskusage_data_partition_item = cls(
            available=available,
            device=device,
            disk=disk,
            filesystem=filesystem,
            inodes_available=inodes_available,
            inodes_ipercentage=inodes_ipercentage,
            inodes_total=inodes_total,
            inodes_used=inodes_used,
            mount=mount,
            percentage=percentage,
            total=total,
            used=used,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        getdiskusage_data_partition_item.additional_properties = additional_properties
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
