# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.twofactorauth_get_tfa_config_for_user_data_additional_property_email import (
        TwofactorauthGetTfaConfigForUserDataAdditionalPropertyEmail,
    )
    from ..models.twofactorauth_get_tfa_config_for_user_data_additional_property_primary_account import (
        TwofactorauthGetTfaConfigForUserDataAdditionalPropertyPrimaryAccount,
    )
    from ..models.twofactorauth_get_tfa_config_for_user_data_additional_property_team import (
        TwofactorauthGetTfaConfigForUserDataAdditionalPropertyTeam,
    )


T = TypeVar("T", bound="TwofactorauthGetTfaConfigForUserDataAdditionalProperty")
_new_instance = object.__new__


@_attrs_define
class TwofactorauthGetTfaConfigForUserDataAdditionalProperty:
    """
    Attributes:
        email (TwofactorauthGetTfaConfigForUserDataAdditionalPropertyEmail | Unset):
        primary_account (TwofactorauthGetTfaConfigForUserDataAdditionalPropertyPrimaryAccount | Unset):
        team (TwofactorauthGetTfaConfigForUserDataAdditionalPropertyTeam | Unset):
    """

    email: TwofactorauthGetTfaConfigForUserDataAdditionalPropertyEmail | Unset = UNSET
    primary_account: TwofactorauthGetTfaConfigForUserDataAdditionalPropertyPrimaryAccount | Unset = UNSET
    team: TwofactorauthGetTfaConfigForUserDataAdditionalPropertyTeam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        primary_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_account, Unset):
            primary_account = self.primary_account.to_dict()

        team: dict[str, Any] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = self.team.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if primary_account is not UNSET:
            field_dict["primary_account"] = primary_account
        if team is not UNSET:
            field_dict["team"] = team

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _email = d.pop("email", UNSET)
        email: TwofactorauthGetTfaConfigForUserDataAdditionalPropertyEmail | Unset
        if _email.__class__ is not dict:
            _email = read_object(_email, "email", False)
        email = (
            UNSET if _email is UNSET else TwofactorauthGetTfaConfigForUserDataAdditionalPropertyEmail.from_dict(_email)
        )

        _primary_account = d.pop("primary_account", UNSET)
        primary_account: TwofactorauthGetTfaConfigForUserDataAdditionalPropertyPrimaryAccount | Unset
        if _primary_account.__class__ is not dict:
            _primary_account = read_object(_primary_account, "primary_account", False)
        primary_account = (
            UNSET
            if _primary_account is UNSET
            else TwofactorauthGetTfaConfigForUserDataAdditionalPropertyPrimaryAccount.from_dict(_primary_account)
        )

        _team = d.pop("team", UNSET)
        team: TwofactorauthGetTfaConfigForUserDataAdditionalPropertyTeam | Unset
        if _team.__class__ is not dict:
            _team = read_object(_team, "team", False)
        team = UNSET if _team is UNSET else TwofactorauthGetTfaConfigForUserDataAdditionalPropertyTeam.from_dict(_team)

        twofactorauth_get_tfa_config_for_user_data_additional_property = _new_instance(cls)
        twofactorauth_get_tfa_config_for_user_data_additional_property.email = email
        twofactorauth_get_tfa_config_for_user_data_additional_property.primary_account = primary_account
        twofactorauth_get_tfa_config_for_user_data_additional_property.team = team

        twofactorauth_get_tfa_config_for_user_data_additional_property.additional_properties = dict(d) if d else {}
        return twofactorauth_get_tfa_config_for_user_data_additional_property

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


from ..models.twofactorauth_get_tfa_config_for_user_data_additional_property_email import (
    TwofactorauthGetTfaConfigForUserDataAdditionalPropertyEmail,  # noqa: E402
)
from ..models.twofactorauth_get_tfa_config_for_user_data_additional_property_primary_account import (
    TwofactorauthGetTfaConfigForUserDataAdditionalPropertyPrimaryAccount,  # noqa: E402
)
from ..models.twofactorauth_get_tfa_config_for_user_data_additional_property_team import (
    TwofactorauthGetTfaConfigForUserDataAdditionalPropertyTeam,  # noqa: E402
)
