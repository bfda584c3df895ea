# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.api_token_list_data_tokens import ApiTokenListDataTokens


T = TypeVar("T", bound="ApiTokenListData")
_new_instance = object.__new__


@_attrs_define
class ApiTokenListData:
    """
    Attributes:
        tokens (ApiTokenListDataTokens | Unset):
    """

    tokens: ApiTokenListDataTokens | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tokens is not UNSET:
            field_dict["tokens"] = tokens

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _tokens = d.pop("tokens", UNSET)
        tokens: ApiTokenListDataTokens | Unset
        if _tokens.__class__ is not dict:
            _tokens = read_object(_tokens, "tokens", False)
        tokens = UNSET if _tokens is UNSET else ApiTokenListDataTokens.from_dict(_tokens)

        api_token_list_data = _new_instance(cls)
        api_token_list_data.tokens = tokens

        api_token_list_data.additional_properties = dict(d) if d else {}
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
