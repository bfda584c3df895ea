# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="SetAutosslUserExcludedDomainsReply")
_new_instance = object.__new__


@_attrs_define
class SetAutosslUserExcludedDomainsReply:
    """
    Attributes:
        metadata (Metadata):
        data (Any | Unset):
    """

    metadata: Metadata
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        metadata = self.metadata.to_dict()

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _metadata = d.pop("metadata")
        if _metadata.__class__ is not dict:
            _metadata = read_object(_metadata, "metadata", True)
        metadata = Metadata.from_dict(_metadata)

        data = d.pop("data", UNSET)

        set_autossl_user_excluded_domains_reply = _new_instance(cls)
        set_autossl_user_excluded_domains_reply.metadata = metadata
        set_autossl_user_excluded_domains_reply.data = data

        set_autossl_user_excluded_domains_reply.additional_properties = dict(d) if d else {}
        return set_autossl_user_excluded_domains_reply

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


from ..models.metadata import Metadata  # noqa: E402
