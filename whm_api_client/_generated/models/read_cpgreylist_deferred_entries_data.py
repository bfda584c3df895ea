# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item import (
        ReadCpgreylistDeferredEntriesDataGreylistDeferredEntriesItem,
    )


T = TypeVar("T", bound="ReadCpgreylistDeferredEntriesData")
_new_instance = object.__new__


@_attrs_define
class ReadCpgreylistDeferredEntriesData:
    """
    Attributes:
        greylist_deferred_entries (list[ReadCpgreylistDeferredEntriesDataGreylistDeferredEntriesItem] | Unset):
        limit (int | Unset):
        offset (int | Unset):
        server_timezone (str | Unset):
        server_tzoffset (int | Unset):
        total_rows (int | Unset):
    """

    greylist_deferred_entries: list[ReadCpgreylistDeferredEntriesDataGreylistDeferredEntriesItem] | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    server_timezone: str | Unset = UNSET
    server_tzoffset: int | Unset = UNSET
    total_rows: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        greylist_deferred_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.greylist_deferred_entries, Unset):
            greylist_deferred_entries = []
            for greylist_deferred_entries_item_data in self.greylist_deferred_entries:
                greylist_deferred_entries_item = greylist_deferred_entries_item_data.to_dict()
                greylist_deferred_entries.append(greylist_deferred_entries_item)

        limit = self.limit

        offset = self.offset

        server_timezone = self.server_timezone

        server_tzoffset = self.server_tzoffset

        total_rows = self.total_rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if greylist_deferred_entries is not UNSET:
            field_dict["greylist_deferred_entries"] = greylist_deferred_entries
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if server_timezone is not UNSET:
            field_dict["server_timezone"] = server_timezone
        if server_tzoffset is not UNSET:
            field_dict["server_tzoffset"] = server_tzoffset
        if total_rows is not UNSET:
            field_dict["total_rows"] = total_rows

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _greylist_deferred_entries = d.pop("greylist_deferred_entries", UNSET)
        if _greylist_deferred_entries.__class__ is not list:
            _greylist_deferred_entries = read_list(_greylist_deferred_entries, "greylist_deferred_entries", False)
        greylist_deferred_entries: list[ReadCpgreylistDeferredEntriesDataGreylistDeferredEntriesItem] | Unset = UNSET
        if _greylist_deferred_entries is not UNSET:
            greylist_deferred_entries = []
            for greylist_deferred_entries_item_data in _greylist_deferred_entries:
                _greylist_deferred_entries_item = greylist_deferred_entries_item_data
                if _greylist_deferred_entries_item.__class__ is not dict:
                    _greylist_deferred_entries_item = read_object(
                        _greylist_deferred_entries_item, "greylist_deferred_entries_item", True
                    )
                greylist_deferred_entries_item = ReadCpgreylistDeferredEntriesDataGreylistDeferredEntriesItem.from_dict(
                    _greylist_deferred_entries_item
                )

                greylist_deferred_entries.append(greylist_deferred_entries_item)

        limit = d.pop("limit", UNSET)
        if limit.__class__ is not int:
            limit = read_value(limit, "limit", "integer", False)

        offset = d.pop("offset", UNSET)
        if offset.__class__ is not int:
            offset = read_value(offset, "offset", "integer", False)

        server_timezone = d.pop("server_timezone", UNSET)
        if server_timezone.__class__ is not str:
            server_timezone = read_value(server_timezone, "server_timezone", "string", False)

        server_tzoffset = d.pop("server_tzoffset", UNSET)
        if server_tzoffset.__class__ is not int:
            server_tzoffset = read_value(server_tzoffset, "server_tzoffset", "integer", False)

        total_rows = d.pop("total_rows", UNSET)
        if total_rows.__class__ is not int:
            total_rows = read_value(total_rows, "total_rows", "integer", False)

        read_cpgreylist_deferred_entries_data = _new_instance(cls)
        read_cpgreylist_deferred_entries_data.greylist_deferred_entries = greylist_deferred_entries
        read_cpgreylist_deferred_entries_data.limit = limit
        read_cpgreylist_deferred_entries_data.offset = offset
        read_cpgreylist_deferred_entries_data.server_timezone = server_timezone
        read_cpgreylist_deferred_entries_data.server_tzoffset = server_tzoffset
        read_cpgreylist_deferred_entries_data.total_rows = total_rows

        read_cpgreylist_deferred_entries_data.additional_properties = dict(d) if d else {}
        return read_cpgreylist_deferred_entries_data

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


from ..models.read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item import (
    ReadCpgreylistDeferredEntriesDataGreylistDeferredEntriesItem,  # noqa: E402
)
