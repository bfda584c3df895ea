# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModsecAddVendorData")


@_attrs_define
class ModsecAddVendorData:
    """
    Attributes:
        name (str | Unset):
        archive_url (str | Unset):
        cpanel_provided (int | Unset):
        description (str | Unset):
        dist_md5 (str | Unset):
        dist_sha512 (str | Unset):
        enabled (int | Unset):
        inst_dist (str | Unset):
        installed (int | Unset):
        installed_from (str | Unset):
        path (str | Unset):
        report_url (str | Unset):
        supported_versions (list[str] | Unset):
        vendor_id (str | Unset):
        vendor_url (str | Unset):
    """

    name: str | Unset = UNSET
    archive_url: str | Unset = UNSET
    cpanel_provided: int | Unset = UNSET
    description: str | Unset = UNSET
    dist_md5: str | Unset = UNSET
    dist_sha512: str | Unset = UNSET
    enabled: int | Unset = UNSET
    inst_dist: str | Unset = UNSET
    installed: int | Unset = UNSET
    installed_from: str | Unset = UNSET
    path: str | Unset = UNSET
    report_url: str | Unset = UNSET
    supported_versions: list[str] | Unset = UNSET
    vendor_id: str | Unset = UNSET
    vendor_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        archive_url = self.archive_url

        cpanel_provided = self.cpanel_provided

        description = self.description

        dist_md5 = self.dist_md5

        dist_sha512 = self.dist_sha512

        enabled = self.enabled

        inst_dist = self.inst_dist

        installed = self.installed

        installed_from = self.installed_from

        path = self.path

        report_url = self.report_url

        supported_versions: list[str] | Unset = UNSET
        if not isinstance(self.supported_versions, Unset):
            supported_versions = self.supported_versions

        vendor_id = self.vendor_id

        vendor_url = self.vendor_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if archive_url is not UNSET:
            field_dict["archive_url"] = archive_url
        if cpanel_provided is not UNSET:
            field_dict["cpanel_provided"] = cpanel_provided
        if description is not UNSET:
            field_dict["description"] = description
        if dist_md5 is not UNSET:
            field_dict["dist_md5"] = dist_md5
        if dist_sha512 is not UNSET:
            field_dict["dist_sha512"] = dist_sha512
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if inst_dist is not UNSET:
            field_dict["inst_dist"] = inst_dist
        if installed is not UNSET:
            field_dict["installed"] = installed
        if installed_from is not UNSET:
            field_dict["installed_from"] = installed_from
        if path is not UNSET:
            field_dict["path"] = path
        if report_url is not UNSET:
            field_dict["report_url"] = report_url
        if supported_versions is not UNSET:
            field_dict["supported_versions"] = supported_versions
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if vendor_url is not UNSET:
            field_dict["vendor_url"] = vendor_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        archive_url = d.pop("archive_url", UNSET)
        if archive_url is None:
            archive_url = UNSET
        if not isinstance(archive_url, (str, Unset)):
            raise TypeError(f"field archive_url: expected string, got {type(archive_url).__name__}")

        cpanel_provided = d.pop("cpanel_provided", UNSET)
        if cpanel_provided is None:
            cpanel_provided = UNSET
        if not isinstance(cpanel_provided, (int, Unset)):
            raise TypeError(f"field cpanel_provided: expected integer, got {type(cpanel_provided).__name__}")

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"field description: expected string, got {type(description).__name__}")

        dist_md5 = d.pop("dist_md5", UNSET)
        if dist_md5 is None:
            dist_md5 = UNSET
        if not isinstance(dist_md5, (str, Unset)):
            raise TypeError(f"field dist_md5: expected string, got {type(dist_md5).__name__}")

        dist_sha512 = d.pop("dist_sha512", UNSET)
        if dist_sha512 is None:
            dist_sha512 = UNSET
        if not isinstance(dist_sha512, (str, Unset)):
            raise TypeError(f"field dist_sha512: expected string, got {type(dist_sha512).__name__}")

        enabled = d.pop("enabled", UNSET)
        if enabled is None:
            enabled = UNSET
        if not isinstance(enabled, (int, Unset)):
            raise TypeError(f"field enabled: expected integer, got {type(enabled).__name__}")

        inst_dist = d.pop("inst_dist", UNSET)
        if inst_dist is None:
            inst_dist = UNSET
        if not isinstance(inst_dist, (str, Unset)):
            raise TypeError(f"field inst_dist: expected string, got {type(inst_dist).__name__}")

        installed = d.pop("installed", UNSET)
        if installed is None:
            installed = UNSET
        if not isinstance(installed, (int, Unset)):
            raise TypeError(f"field installed: expected integer, got {type(installed).__name__}")

        installed_from = d.pop("installed_from", UNSET)
        if installed_from is None:
            installed_from = UNSET
        if not isinstance(installed_from, (str, Unset)):
            raise TypeError(f"field installed_from: expected string, got {type(installed_from).__name__}")

        path = d.pop("path", UNSET)
        if path is None:
            path = UNSET
        if not isinstance(path, (str, Unset)):
            raise TypeError(f"field path: expected string, got {type(path).__name__}")

        report_url = d.pop("report_url", UNSET)
        if report_url is None:
            report_url = UNSET
        if not isinstance(report_url, (str, Unset)):
            raise TypeError(f"field report_url: expected string, got {type(report_url).__name__}")

        _supported_versions = d.pop("supported_versions", UNSET)
        supported_versions: list[str] | Unset = UNSET
        if _supported_versions is not None and not isinstance(_supported_versions, Unset):  # null reads as UNSET
            if not isinstance(_supported_versions, list):
                raise TypeError(f"field supported_versions: expected array, got {type(_supported_versions).__name__}")
            supported_versions = []
            for supported_versions_item_data in _supported_versions:
                supported_versions_item = supported_versions_item_data
                if not isinstance(supported_versions_item, (str,)):
                    raise TypeError(
                        f"field supported_versions_item: expected string, got {type(supported_versions_item).__name__}"
                    )

                supported_versions.append(supported_versions_item)

        vendor_id = d.pop("vendor_id", UNSET)
        if vendor_id is None:
            vendor_id = UNSET
        if not isinstance(vendor_id, (str, Unset)):
            raise TypeError(f"field vendor_id: expected string, got {type(vendor_id).__name__}")

        vendor_url = d.pop("vendor_url", UNSET)
        if vendor_url is None:
            vendor_url = UNSET
        if not isinstance(vendor_url, (str, Unset)):
            raise TypeError(f"field vendor_url: expected string, got {type(vendor_url).__name__}")

        modsec_add_vendor_data = cls(
            name=name,
            archive_url=archive_url,
            cpanel_provided=cpanel_provided,
            description=description,
            dist_md5=dist_md5,
            dist_sha512=dist_sha512,
            enabled=enabled,
            inst_dist=inst_dist,
            installed=installed,
            installed_from=installed_from,
            path=path,
            report_url=report_url,
            supported_versions=supported_versions,
            vendor_id=vendor_id,
            vendor_url=vendor_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        modsec_add_vendor_data.additional_properties = additional_properties
        return modsec_add_vendor_data

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
