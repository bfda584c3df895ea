# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.ea_4_list_profiles_data_cpanel_item_validation_data import Ea4ListProfilesDataCpanelItemValidationData


T = TypeVar("T", bound="Ea4ListProfilesDataCpanelItem")
_new_instance = object.__new__


@_attrs_define
class Ea4ListProfilesDataCpanelItem:
    """
    Attributes:
        name (str | Unset):
        active (int | Unset):
        desc (str | Unset):
        pkgs (list[str] | Unset):
        tags (list[str] | Unset):
        validation_data (Ea4ListProfilesDataCpanelItemValidationData | Unset):
        version (str | Unset):
    """

    name: str | Unset = UNSET
    active: int | Unset = UNSET
    desc: str | Unset = UNSET
    pkgs: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    validation_data: Ea4ListProfilesDataCpanelItemValidationData | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        active = self.active

        desc = self.desc

        pkgs: list[str] | Unset = UNSET
        if not isinstance(self.pkgs, Unset):
            pkgs = self.pkgs

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        validation_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_data, Unset):
            validation_data = self.validation_data.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if active is not UNSET:
            field_dict["active"] = active
        if desc is not UNSET:
            field_dict["desc"] = desc
        if pkgs is not UNSET:
            field_dict["pkgs"] = pkgs
        if tags is not UNSET:
            field_dict["tags"] = tags
        if validation_data is not UNSET:
            field_dict["validation_data"] = validation_data
        if version is not UNSET:
            field_dict["version"] = version

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

        active = d.pop("active", UNSET)
        if active.__class__ is not int:
            active = read_value(active, "active", "integer", False)

        desc = d.pop("desc", UNSET)
        if desc.__class__ is not str:
            desc = read_value(desc, "desc", "string", False)

        _pkgs = d.pop("pkgs", UNSET)
        if _pkgs.__class__ is not list:
            _pkgs = read_list(_pkgs, "pkgs", False)
        pkgs: list[str] | Unset = UNSET
        if _pkgs is not UNSET:
            pkgs = _pkgs
            for _item in _pkgs:
                if _item.__class__ is not str:
                    pkgs = read_items(_pkgs, "pkgs_item", "string")
                    break

        _tags = d.pop("tags", UNSET)
        if _tags.__class__ is not list:
            _tags = read_list(_tags, "tags", False)
        tags: list[str] | Unset = UNSET
        if _tags is not UNSET:
            tags = _tags
            for _item in _tags:
                if _item.__class__ is not str:
                    tags = read_items(_tags, "tags_item", "string")
                    break

        _validation_data = d.pop("validation_data", UNSET)
        validation_data: Ea4ListProfilesDataCpanelItemValidationData | Unset
        if _validation_data.__class__ is not dict:
            _validation_data = read_object(_validation_data, "validation_data", False)
        validation_data = (
            UNSET
            if _validation_data is UNSET
            else Ea4ListProfilesDataCpanelItemValidationData.from_dict(_validation_data)
        )

        version = d.pop("version", UNSET)
        if version.__class__ is not str:
            version = read_value(version, "version", "string", False)

        ea_4_list_profiles_data_cpanel_item = _new_instance(cls)
        ea_4_list_profiles_data_cpanel_item.name = name
        ea_4_list_profiles_data_cpanel_item.active = active
        ea_4_list_profiles_data_cpanel_item.desc = desc
        ea_4_list_profiles_data_cpanel_item.pkgs = pkgs
        ea_4_list_profiles_data_cpanel_item.tags = tags
        ea_4_list_profiles_data_cpanel_item.validation_data = validation_data
        ea_4_list_profiles_data_cpanel_item.version = version

        ea_4_list_profiles_data_cpanel_item.additional_properties = dict(d) if d else {}
        return ea_4_list_profiles_data_cpanel_item

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


from ..models.ea_4_list_profiles_data_cpanel_item_validation_data import Ea4ListProfilesDataCpanelItemValidationData  # noqa: E402
