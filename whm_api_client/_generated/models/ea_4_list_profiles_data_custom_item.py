# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ea_4_list_profiles_data_custom_item_validation_data import Ea4ListProfilesDataCustomItemValidationData


T = TypeVar("T", bound="Ea4ListProfilesDataCustomItem")


@_attrs_define
class Ea4ListProfilesDataCustomItem:
    """
    Attributes:
        name (str | Unset):
        desc (str | Unset):
        path (str | Unset):
        pkgs (list[str] | Unset):
        tags (list[str] | Unset):
        validation_data (Ea4ListProfilesDataCustomItemValidationData | Unset):
        version (str | Unset):
    """

    name: str | Unset = UNSET
    desc: str | Unset = UNSET
    path: str | Unset = UNSET
    pkgs: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    validation_data: Ea4ListProfilesDataCustomItemValidationData | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        desc = self.desc

        path = self.path

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
        if desc is not UNSET:
            field_dict["desc"] = desc
        if path is not UNSET:
            field_dict["path"] = path
        if pkgs is not UNSET:
            field_dict["pkgs"] = pkgs
        if tags is not UNSET:
            field_dict["tags"] = tags
        if validation_data is not UNSET:
            field_dict["validation_data"] = validation_data
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        desc = d.pop("desc", UNSET)
        if desc is None:
            desc = UNSET
        if not isinstance(desc, (str, Unset)):
            raise TypeError(f"field desc: expected string, got {type(desc).__name__}")

        path = d.pop("path", UNSET)
        if path is None:
            path = UNSET
        if not isinstance(path, (str, Unset)):
            raise TypeError(f"field path: expected string, got {type(path).__name__}")

        _pkgs = d.pop("pkgs", UNSET)
        pkgs: list[str] | Unset = UNSET
        if _pkgs is not None and not isinstance(_pkgs, Unset):  # null reads as UNSET
            if not isinstance(_pkgs, list):
                raise TypeError(f"field pkgs: expected array, got {type(_pkgs).__name__}")
            pkgs = []
            for pkgs_item_data in _pkgs:
                pkgs_item = pkgs_item_data
                if not isinstance(pkgs_item, (str,)):
                    raise TypeError(f"field pkgs_item: expected string, got {type(pkgs_item).__name__}")

                pkgs.append(pkgs_item)

        _tags = d.pop("tags", UNSET)
        tags: list[str] | Unset = UNSET
        if _tags is not None and not isinstance(_tags, Unset):  # null reads as UNSET
            if not isinstance(_tags, list):
                raise TypeError(f"field tags: expected array, got {type(_tags).__name__}")
            tags = []
            for tags_item_data in _tags:
                tags_item = tags_item_data
                if not isinstance(tags_item, (str,)):
                    raise TypeError(f"field tags_item: expected string, got {type(tags_item).__name__}")

                tags.append(tags_item)

        _validation_data = d.pop("validation_data", UNSET)
        validation_data: Ea4ListProfilesDataCustomItemValidationData | Unset
        if _validation_data is None or isinstance(_validation_data, Unset):  # null reads as UNSET
            validation_data = UNSET
        else:
            if not isinstance(_validation_data, dict):
                raise TypeError(f"field validation_data: expected object, got {type(_validation_data).__name__}")
            validation_data = Ea4ListProfilesDataCustomItemValidationData.from_dict(_validation_data)

        version = d.pop("version", UNSET)
        if version is None:
            version = UNSET
        if not isinstance(version, (str, Unset)):
            raise TypeError(f"field version: expected string, got {type(version).__name__}")

        ea_4_list_profiles_data_custom_item = cls(
            name=name,
            desc=desc,
            path=path,
            pkgs=pkgs,
            tags=tags,
            validation_data=validation_data,
            version=version,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ea_4_list_profiles_data_custom_item.additional_properties = additional_properties
        return ea_4_list_profiles_data_custom_item

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


from ..models.ea_4_list_profiles_data_custom_item_validation_data import Ea4ListProfilesDataCustomItemValidationData  # noqa: E402
