# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.save_cphulk_config_data_cphulk_config import SaveCphulkConfigDataCphulkConfig


T = TypeVar("T", bound="SaveCphulkConfigData")


@_attrs_define
class SaveCphulkConfigData:
    """
    Attributes:
        cphulk_config (SaveCphulkConfigDataCphulkConfig | Unset):
        restart_ssh (int | Unset):
        warning (None | str | Unset):
    """

    cphulk_config: SaveCphulkConfigDataCphulkConfig | Unset = UNSET
    restart_ssh: int | Unset = UNSET
    warning: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cphulk_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cphulk_config, Unset):
            cphulk_config = self.cphulk_config.to_dict()

        restart_ssh = self.restart_ssh

        warning: None | str | Unset
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
            warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cphulk_config is not UNSET:
            field_dict["cphulk_config"] = cphulk_config
        if restart_ssh is not UNSET:
            field_dict["restart_ssh"] = restart_ssh
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cphulk_config = d.pop("cphulk_config", UNSET)
        cphulk_config: SaveCphulkConfigDataCphulkConfig | Unset
        if _cphulk_config is None or isinstance(_cphulk_config, Unset):  # null reads as UNSET
            cphulk_config = UNSET
        else:
            if not isinstance(_cphulk_config, dict):
                raise TypeError(f"field cphulk_config: expected object, got {type(_cphulk_config).__name__}")
            cphulk_config = SaveCphulkConfigDataCphulkConfig.from_dict(_cphulk_config)

        restart_ssh = d.pop("restart_ssh", UNSET)
        if restart_ssh is None:
            restart_ssh = UNSET
        if not isinstance(restart_ssh, (int, Unset)):
            raise TypeError(f"field restart_ssh: expected integer, got {type(restart_ssh).__name__}")

        def _parse_warning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                warning_type_0 = data
                if not isinstance(warning_type_0, (str,)):
                    raise TypeError(f"field warning_type_0: expected string, got {type(warning_type_0).__name__}")

                return warning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            warning_type_1 = data
            if warning_type_1 is not None:
                raise TypeError(f"field warning_type_1: expected null, got {type(warning_type_1).__name__}")

            return warning_type_1

        warning = _parse_warning(d.pop("warning", UNSET))

        save_cphulk_config_data = cls(
            cphulk_config=cphulk_config,
            restart_ssh=restart_ssh,
            warning=warning,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        save_cphulk_config_data.additional_properties = additional_properties
        return save_cphulk_config_data

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


from ..models.save_cphulk_config_data_cphulk_config import SaveCphulkConfigDataCphulkConfig  # noqa: E402
