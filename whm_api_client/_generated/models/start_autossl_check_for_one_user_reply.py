# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import read_object

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.start_autossl_check_for_one_user_data import StartAutosslCheckForOneUserData


T = TypeVar("T", bound="StartAutosslCheckForOneUserReply")
_new_instance = object.__new__


@_attrs_define
class StartAutosslCheckForOneUserReply:
    """
    Attributes:
        data (StartAutosslCheckForOneUserData):
        metadata (Metadata):
    """

    data: StartAutosslCheckForOneUserData
    metadata: Metadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        data = self.data.to_dict()

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "metadata": metadata,
            }
        )

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data")
        if _data.__class__ is not dict:
            _data = read_object(_data, "data", True)
        data = StartAutosslCheckForOneUserData.from_dict(_data)

        _metadata = d.pop("metadata")
        if _metadata.__class__ is not dict:
            _metadata = read_object(_metadata, "metadata", True)
        metadata = Metadata.from_dict(_metadata)

        start_autossl_check_for_one_user_reply = _new_instance(cls)
        start_autossl_check_for_one_user_reply.data = data
        start_autossl_check_for_one_user_reply.metadata = metadata

        start_autossl_check_for_one_user_reply.additional_properties = dict(d) if d else {}
        return start_autossl_check_for_one_user_reply

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
from ..models.start_autossl_check_for_one_user_data import StartAutosslCheckForOneUserData  # noqa: E402
