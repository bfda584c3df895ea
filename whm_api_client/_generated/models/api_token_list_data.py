# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_token_list_data_tokens import ApiTokenListDataTokens


T = TypeVar("T", bound="ApiTokenListData")


@_attrs_define
class ApiTokenListData:
    """
    Attributes:
        tokens (ApiTokenListDataTokens | Unset):
    """

    tokens: ApiTokenListDataTokens | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tokens is not UNSET:
            field_dict["tokens"] = tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _tokens = d.pop("tokens", UNSET)
        tokens: ApiTokenListDataTokens | Unset
        if _tokens is None or isinstance(_tokens, Unset):  # null reads as UNSET
            tokens = UNSET
        else:
            if not isinstance(_tokens, dict):
                raise TypeError(f"field tokens: expected object, got {type(_tokens).__name__}")
            tokens = ApiTokenListDataTokens.from_dict(_tokens)

        api_token_list_data = cls(
            tokens=tokens,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        api_token_list_data.additional_properties = additional_properties
        return api_token_list_data

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


from ..models.api_token_list_data_tokens import ApiTokenListDataTokens  # noqa: E402
