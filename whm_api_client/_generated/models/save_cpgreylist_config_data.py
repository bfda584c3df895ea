# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.save_cpgreylist_config_data_cpgreylist_config import SaveCpgreylistConfigDataCpgreylistConfig


T = TypeVar("T", bound="SaveCpgreylistConfigData")
_new_instance = object.__new__


@_attrs_define
class SaveCpgreylistConfigData:
    """
    Attributes:
        cpgreylist_config (SaveCpgreylistConfigDataCpgreylistConfig | Unset):
    """

    cpgreylist_config: SaveCpgreylistConfigDataCpgreylistConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        cpgreylist_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpgreylist_config, Unset):
            cpgreylist_config = self.cpgreylist_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpgreylist_config is not UNSET:
            field_dict["cpgreylist_config"] = cpgreylist_config

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cpgreylist_config = d.pop("cpgreylist_config", UNSET)
        cpgreylist_config: SaveCpgreylistConfigDataCpgreylistConfig | Unset
        if _cpgreylist_config.__class__ is not dict:
            _cpgreylist_config = read_object(_cpgreylist_config, "cpgreylist_config", False)
        cpgreylist_config = (
            UNSET
            if _cpgreylist_config is UNSET
            else SaveCpgreylistConfigDataCpgreylistConfig.from_dict(_cpgreylist_config)
        )

        save_cpgreylist_config_data = _new_instance(cls)
        save_cpgreylist_config_data.cpgreylist_config = cpgreylist_config

        save_cpgreylist_config_data.additional_properties = dict(d) if d else {}
        return save_cpgreylist_config_data

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


from ..models.save_cpgreylist_config_data_cpgreylist_config import SaveCpgreylistConfigDataCpgreylistConfig  # noqa: E402
