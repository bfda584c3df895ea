# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.list_cparchive_files_data_quickrestore_files_item import ListCparchiveFilesDataQuickrestoreFilesItem


T = TypeVar("T", bound="ListCparchiveFilesData")
_new_instance = object.__new__


@_attrs_define
class ListCparchiveFilesData:
    """
    Attributes:
        quickrestore_files (list[ListCparchiveFilesDataQuickrestoreFilesItem] | Unset):
    """

    quickrestore_files: list[ListCparchiveFilesDataQuickrestoreFilesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        quickrestore_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quickrestore_files, Unset):
            quickrestore_files = []
            for quickrestore_files_item_data in self.quickrestore_files:
                quickrestore_files_item = quickrestore_files_item_data.to_dict()
                quickrestore_files.append(quickrestore_files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quickrestore_files is not UNSET:
            field_dict["quickrestore_files"] = quickrestore_files

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _quickrestore_files = d.pop("quickrestore_files", UNSET)
        if _quickrestore_files.__class__ is not list:
            _quickrestore_files = read_list(_quickrestore_files, "quickrestore_files", False)
        quickrestore_files: list[ListCparchiveFilesDataQuickrestoreFilesItem] | Unset = UNSET
        if _quickrestore_files is not UNSET:
            quickrestore_files = []
            for quickrestore_files_item_data in _quickrestore_files:
                _quickrestore_files_item = quickrestore_files_item_data
                if _quickrestore_files_item.__class__ is not dict:
                    _quickrestore_files_item = read_object(_quickrestore_files_item, "quickrestore_files_item", True)
                quickrestore_files_item = ListCparchiveFilesDataQuickrestoreFilesItem.from_dict(
                    _quickrestore_files_item
                )

                quickrestore_files.append(quickrestore_files_item)

        list_cparchive_files_data = _new_instance(cls)
        list_cparchive_files_data.quickrestore_files = quickrestore_files

        list_cparchive_files_data.additional_properties = dict(d) if d else {}
        return list_cparchive_files_data

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


from ..models.list_cparchive_files_data_quickrestore_files_item import ListCparchiveFilesDataQuickrestoreFilesItem  # noqa: E402
