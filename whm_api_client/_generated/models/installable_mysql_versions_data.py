# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.installable_mysql_versions_data_versions_item import InstallableMysqlVersionsDataVersionsItem


T = TypeVar("T", bound="InstallableMysqlVersionsData")
_new_instance = object.__new__


@_attrs_define
class InstallableMysqlVersionsData:
    """
    Attributes:
        versions (list[InstallableMysqlVersionsDataVersionsItem] | Unset):
    """

    versions: list[InstallableMysqlVersionsDataVersionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _versions = d.pop("versions", UNSET)
        if _versions.__class__ is not list:
            _versions = read_list(_versions, "versions", False)
        versions: list[InstallableMysqlVersionsDataVersionsItem] | Unset = UNSET
        if _versions is not UNSET:
            versions = []
            for versions_item_data in _versions:
                _versions_item = versions_item_data
                if _versions_item.__class__ is not dict:
                    _versions_item = read_object(_versions_item, "versions_item", True)
                versions_item = InstallableMysqlVersionsDataVersionsItem.from_dict(_versions_item)

                versions.append(versions_item)

        installable_mysql_versions_data = _new_instance(cls)
        installable_mysql_versions_data.versions = versions

        installable_mysql_versions_data.additional_properties = dict(d) if d else {}
        return installable_mysql_versions_data

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


from ..models.installable_mysql_versions_data_versions_item import InstallableMysqlVersionsDataVersionsItem  # noqa: E402
