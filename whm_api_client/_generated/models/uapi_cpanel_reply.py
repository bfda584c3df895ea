# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.uapi_cpanel_data import UapiCpanelData


T = TypeVar("T", bound="UapiCpanelReply")


@_attrs_define
class UapiCpanelReply:
    """
    Attributes:
        data (UapiCpanelData):
        metadata (Metadata):
    """

    data: UapiCpanelData
    metadata: Metadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data")
        if not isinstance(_data, dict):
            raise TypeError(f"field data: expected object, got {type(_data).__name__}")
        data = UapiCpanelData.from_dict(_data)

        _metadata = d.pop("metadata")
        if not isinstance(_metadata, dict):
            raise TypeError(f"field metadata: expected object, got {type(_metadata).__name__}")
        metadata = Metadata.from_dict(_metadata)

        uapi_cpanel_reply = cls(
            data=data,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        uapi_cpanel_reply.additional_properties = additional_properties
        return uapi_cpanel_reply

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
from ..models.uapi_cpanel_data import UapiCpanelData  # noqa: E402
