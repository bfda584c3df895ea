# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.load_cphulk_config_data_cphulk_config import LoadCphulkConfigDataCphulkConfig


T = TypeVar("T", bound="LoadCphulkConfigData")
_new_instance = object.__new__


@_attrs_define
class LoadCphulkConfigData:
    """
    Attributes:
        cphulk_config (LoadCphulkConfigDataCphulkConfig | Unset):
    """

    cphulk_config: LoadCphulkConfigDataCphulkConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        cphulk_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cphulk_config, Unset):
            cphulk_config = self.cphulk_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cphulk_config is not UNSET:
            field_dict["cphulk_config"] = cphulk_config

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cphulk_config = d.pop("cphulk_config", UNSET)
        cphulk_config: LoadCphulkConfigDataCphulkConfig | Unset
        if _cphulk_config.__class__ is not dict:
            _cphulk_config = read_object(_cphulk_config, "cphulk_config", False)
        cphulk_config = UNSET if _cphulk_config is UNSET else LoadCphulkConfigDataCphulkConfig.from_dict(_cphulk_config)

        load_cphulk_config_data = _new_instance(cls)
        load_cphulk_config_data.cphulk_config = cphulk_config

        load_cphulk_config_data.additional_properties = dict(d) if d else {}
        return load_cphulk_config_data

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


from ..models.load_cphulk_config_data_cphulk_config import LoadCphulkConfigDataCphulkConfig  # noqa: E402
