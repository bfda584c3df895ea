# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ModsecUpdateVendorDataVendor")
_new_instance = object.__new__


@_attrs_define
class ModsecUpdateVendorDataVendor:
    """
    Attributes:
        name (str | Unset):
        archive_url (str | Unset):
        cpanel_provided (int | Unset):
        description (str | Unset):
        dist_md5 (str | Unset):
        enabled (int | Unset):
        inst_dist (str | Unset):
        installed (int | Unset):
        installed_from (str | Unset):
        path (str | Unset):
        report_url (str | Unset):
        vendor_id (str | Unset):
        vendor_url (str | Unset):
    """

    name: str | Unset = UNSET
    archive_url: str | Unset = UNSET
    cpanel_provided: int | Unset = UNSET
    description: str | Unset = UNSET
    dist_md5: str | Unset = UNSET
    enabled: int | Unset = UNSET
    inst_dist: str | Unset = UNSET
    installed: int | Unset = UNSET
    installed_from: str | Unset = UNSET
    path: str | Unset = UNSET
    report_url: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    vendor_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        archive_url = self.archive_url

        cpanel_provided = self.cpanel_provided

        description = self.description

        dist_md5 = self.dist_md5

        enabled = self.enabled

        inst_dist = self.inst_dist

        installed = self.installed

        installed_from = self.installed_from

        path = self.path

        report_url = self.report_url

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
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if vendor_url is not UNSET:
            field_dict["vendor_url"] = vendor_url

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

        archive_url = d.pop("archive_url", UNSET)
        if archive_url.__class__ is not str:
            archive_url = read_value(archive_url, "archive_url", "string", False)

        cpanel_provided = d.pop("cpanel_provided", UNSET)
        if cpanel_provided.__class__ is not int:
            cpanel_provided = read_value(cpanel_provided, "cpanel_provided", "integer", False)

        description = d.pop("description", UNSET)
        if description.__class__ is not str:
            description = read_value(description, "description", "string", False)

        dist_md5 = d.pop("dist_md5", UNSET)
        if dist_md5.__class__ is not str:
            dist_md5 = read_value(dist_md5, "dist_md5", "string", False)

        enabled = d.pop("enabled", UNSET)
        if enabled.__class__ is not int:
            enabled = read_value(enabled, "enabled", "integer", False)

        inst_dist = d.pop("inst_dist", UNSET)
        if inst_dist.__class__ is not str:
            inst_dist = read_value(inst_dist, "inst_dist", "string", False)

        installed = d.pop("installed", UNSET)
        if installed.__class__ is not int:
            installed = read_value(installed, "installed", "integer", False)

        installed_from = d.pop("installed_from", UNSET)
        if installed_from.__class__ is not str:
            installed_from = read_value(installed_from, "installed_from", "string", False)

        path = d.pop("path", UNSET)
        if path.__class__ is not str:
            path = read_value(path, "path", "string", False)

        report_url = d.pop("report_url", UNSET)
        if report_url.__class__ is not str:
            report_url = read_value(report_url, "report_url", "string", False)

        vendor_id = d.pop("vendor_id", UNSET)
        if vendor_id.__class__ is not str:
            vendor_id = read_value(vendor_id, "vendor_id", "string", False)

        vendor_url = d.pop("vendor_url", UNSET)
        if vendor_url.__class__ is not str:
            vendor_url = read_value(vendor_url, "vendor_url", "string", False)

        modsec_update_vendor_data_vendor = _new_instance(cls)
        modsec_update_vendor_data_vendor.name = name
        modsec_update_vendor_data_vendor.archive_url = archive_url
        modsec_update_vendor_data_vendor.cpanel_provided = cpanel_provided
        modsec_update_vendor_data_vendor.description = description
        modsec_update_vendor_data_vendor.dist_md5 = dist_md5
        modsec_update_vendor_data_vendor.enabled = enabled
        modsec_update_vendor_data_vendor.inst_dist = inst_dist
        modsec_update_vendor_data_vendor.installed = installed
        modsec_update_vendor_data_vendor.installed_from = installed_from
        modsec_update_vendor_data_vendor.path = path
        modsec_update_vendor_data_vendor.report_url = report_url
        modsec_update_vendor_data_vendor.vendor_id = vendor_id
        modsec_update_vendor_data_vendor.vendor_url = vendor_url

        modsec_update_vendor_data_vendor.additional_properties = dict(d) if d else {}
        return modsec_update_vendor_data_vendor

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
