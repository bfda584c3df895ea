# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.terminatereseller_data_acct_item_output import TerminateresellerDataAcctItemOutput


T = TypeVar("T", bound="TerminateresellerDataAcctItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _output = d.pop("output", UNSET)
        output: TerminateresellerDataAcctItemOutput | Unset
        if _output is None or isinstance(_output, Unset):  # null reads as UNSET
            output = UNSET
        else:
            if not isinstance(_output, dict):
                raise TypeError(f"field output: expected object, got {type(_output).__name__}")
            output = TerminateresellerDataAcctItemOutput.from_dict(_output)

        reason = d.pop("reason", UNSET)
        if reason is None:
            reason = UNSET
        if not isinstance(reason, (str, Unset)):
            raise TypeError(f"field reason: expected string, got {type(reason).__name__}")

        result = d.pop("result", UNSET)
        if result is None:
            result = UNSET
        if not isinstance(result, (int, Unset)):
            raise TypeError(f"field result: expected integer, got {type(result).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        terminatereseller_data_acct_item = cls(
            output=output,
            reason=reason,
            result=result,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        terminatereseller_data_acct_item.additional_properties = additional_properties
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
