# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.cpgreylist_is_server_netblock_trusted_data_ip_blocks import (
        CpgreylistIsServerNetblockTrustedDataIpBlocks,
    )


T = TypeVar("T", bound="CpgreylistIsServerNetblockTrustedData")
_new_instance = object.__new__


@_attrs_define
class CpgreylistIsServerNetblockTrustedData:
    """
    Attributes:
        ip_blocks (CpgreylistIsServerNetblockTrustedDataIpBlocks | Unset):
    """

    ip_blocks: CpgreylistIsServerNetblockTrustedDataIpBlocks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        ip_blocks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_blocks, Unset):
            ip_blocks = self.ip_blocks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_blocks is not UNSET:
            field_dict["ip_blocks"] = ip_blocks

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ip_blocks = d.pop("ip_blocks", UNSET)
        ip_blocks: CpgreylistIsServerNetblockTrustedDataIpBlocks | Unset
        if _ip_blocks.__class__ is not dict:
            _ip_blocks = read_object(_ip_blocks, "ip_blocks", False)
        ip_blocks = (
            UNSET if _ip_blocks is UNSET else CpgreylistIsServerNetblockTrustedDataIpBlocks.from_dict(_ip_blocks)
        )

        cpgreylist_is_server_netblock_trusted_data = _new_instance(cls)
        cpgreylist_is_server_netblock_trusted_data.ip_blocks = ip_blocks

        cpgreylist_is_server_netblock_trusted_data.additional_properties = dict(d) if d else {}
        return cpgreylist_is_server_netblock_trusted_data

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


from ..models.cpgreylist_is_server_netblock_trusted_data_ip_blocks import CpgreylistIsServerNetblockTrustedDataIpBlocks  # noqa: E402
