# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.terminatereseller_data_acct_item_output import TerminateresellerDataAcctItemOutput


T = TypeVar("T", bound="TerminateresellerDataAcctItem")
_new_instance = object.__new__


@_attrs_define
class TerminateresellerDataAcctItem:
    """
    Attributes:
        output (TerminateresellerDataAcctItemOutput | Unset):
        reason (str | Unset):
        result (int | Unset):
        user (str | Unset):
    """

    output: TerminateresellerDataAcctItemOutput | Unset = UNSET
    reason: str | Unset = UNSET
    result: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        reason = self.reason

        result = self.result

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output is not UNSET:
            field_dict["output"] = output
        if reason is not UNSET:
            field_dict["reason"] = reason
        if result is not UNSET:
            field_dict["result"] = result
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _output = d.pop("output", UNSET)
        output: TerminateresellerDataAcctItemOutput | Unset
        if _output.__class__ is not dict:
            _output = read_object(_output, "output", False)
        output = UNSET if _output is UNSET else TerminateresellerDataAcctItemOutput.from_dict(_output)

        reason = d.pop("reason", UNSET)
        if reason.__class__ is not str:
            reason = read_value(reason, "reason", "string", False)

        result = d.pop("result", UNSET)
        if result.__class__ is not int:
            result = read_value(result, "result", "integer", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        terminatereseller_data_acct_item = _new_instance(cls)
        terminatereseller_data_acct_item.output = output
        terminatereseller_data_acct_item.reason = reason
        terminatereseller_data_acct_item.result = result
        terminatereseller_data_acct_item.user = user

        terminatereseller_data_acct_item.additional_properties = dict(d) if d else {}
        return terminatereseller_data_acct_item

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


from ..models.terminatereseller_data_acct_item_output import TerminateresellerDataAcctItemOutput  # noqa: E402
