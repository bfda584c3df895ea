# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModsecCloneRuleDataRule")


@_attrs_define
class ModsecCloneRuleDataRule:
    """
    Attributes:
        config (str | Unset):
        config_active (int | Unset):
        disabled (int | Unset):
        id (int | Unset):
        meta_msg (str | Unset):
        rule (str | Unset):
        staged (int | Unset):
        vendor_active (int | Unset):
        vendor_id (str | Unset):
    """

    config: str | Unset = UNSET
    config_active: int | Unset = UNSET
    disabled: int | Unset = UNSET
    id: int | Unset = UNSET
    meta_msg: str | Unset = UNSET
    rule: str | Unset = UNSET
    staged: int | Unset = UNSET
    vendor_active: int | Unset = UNSET
    vendor_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config

        config_active = self.config_active

        disabled = self.disabled

        id = self.id

        meta_msg = self.meta_msg

        rule = self.rule

        staged = self.staged

        vendor_active = self.vendor_active

        vendor_id = self.vendor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if config_active is not UNSET:
            field_dict["config_active"] = config_active
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if id is not UNSET:
            field_dict["id"] = id
        if meta_msg is not UNSET:
            field_dict["meta_msg"] = meta_msg
        if rule is not UNSET:
            field_dict["rule"] = rule
        if staged is not UNSET:
            field_dict["staged"] = staged
        if vendor_active is not UNSET:
            field_dict["vendor_active"] = vendor_active
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = d.pop("config", UNSET)
        if config is None:
            config = UNSET
        if not isinstance(config, (str, Unset)):
            raise TypeError(f"field config: expected string, got {type(config).__name__}")

        config_active = d.pop("config_active", UNSET)
        if config_active is None:
            config_active = UNSET
        if not isinstance(config_active, (int, Unset)):
            raise TypeError(f"field config_active: expected integer, got {type(config_active).__name__}")

        disabled = d.pop("disabled", UNSET)
        if disabled is None:
            disabled = UNSET
        if not isinstance(disabled, (int, Unset)):
            raise TypeError(f"field disabled: expected integer, got {type(disabled).__name__}")

        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET
        if not isinstance(id, (int, Unset)):
            raise TypeError(f"field id: expected integer, got {type(id).__name__}")

        meta_msg = d.pop("meta_msg", UNSET)
        if meta_msg is None:
            meta_msg = UNSET
        if not isinstance(meta_msg, (str, Unset)):
            raise TypeError(f"field meta_msg: expected string, got {type(meta_msg).__name__}")

        rule = d.pop("rule", UNSET)
        if rule is None:
            rule = UNSET
        if not isinstance(rule, (str, Unset)):
            raise TypeError(f"field rule: expected string, got {type(rule).__name__}")

        staged = d.pop("staged", UNSET)
        if staged is None:
            staged = UNSET
        if not isinstance(staged, (int, Unset)):
            raise TypeError(f"field staged: expected integer, got {type(staged).__name__}")

        vendor_active = d.pop("vendor_active", UNSET)
        if vendor_active is None:
            vendor_active = UNSET
        if not isinstance(vendor_active, (int, Unset)):
            raise TypeError(f"field vendor_active: expected integer, got {type(vendor_active).__name__}")

        vendor_id = d.pop("vendor_id", UNSET)
        if vendor_id is None:
            vendor_id = UNSET
        if not isinstance(vendor_id, (str, Unset)):
            raise TypeError(f"field vendor_id: expected string, got {type(vendor_id).__name__}")

        modsec_clone_rule_data_rule = cls(
            config=config,
            config_active=config_active,
            disabled=disabled,
            id=id,
            meta_msg=meta_msg,
            rule=rule,
            staged=staged,
            vendor_active=vendor_active,
            vendor_id=vendor_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        modsec_clone_rule_data_rule.additional_properties = additional_properties
        return modsec_clone_rule_data_rule

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
