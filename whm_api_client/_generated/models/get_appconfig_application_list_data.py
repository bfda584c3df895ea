# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_appconfig_application_list_data_cpanel_item import GetAppconfigApplicationListDataCpanelItem
    from ..models.get_appconfig_application_list_data_webmail_item import GetAppconfigApplicationListDataWebmailItem
    from ..models.get_appconfig_application_list_data_whostmgr_item import GetAppconfigApplicationListDataWhostmgrItem


T = TypeVar("T", bound="GetAppconfigApplicationListData")
_new_instance = object.__new__


@_attrs_define
class GetAppconfigApplicationListData:
    """
    Attributes:
        cpanel (list[GetAppconfigApplicationListDataCpanelItem] | Unset):
        webmail (list[GetAppconfigApplicationListDataWebmailItem] | Unset):
        whostmgr (list[GetAppconfigApplicationListDataWhostmgrItem] | Unset):
    """

    cpanel: list[GetAppconfigApplicationListDataCpanelItem] | Unset = UNSET
    webmail: list[GetAppconfigApplicationListDataWebmailItem] | Unset = UNSET
    whostmgr: list[GetAppconfigApplicationListDataWhostmgrItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        cpanel: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cpanel, Unset):
            cpanel = []
            for cpanel_item_data in self.cpanel:
                cpanel_item = cpanel_item_data.to_dict()
                cpanel.append(cpanel_item)

        webmail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webmail, Unset):
            webmail = []
            for webmail_item_data in self.webmail:
                webmail_item = webmail_item_data.to_dict()
                webmail.append(webmail_item)

        whostmgr: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.whostmgr, Unset):
            whostmgr = []
            for whostmgr_item_data in self.whostmgr:
                whostmgr_item = whostmgr_item_data.to_dict()
                whostmgr.append(whostmgr_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpanel is not UNSET:
            field_dict["cpanel"] = cpanel
        if webmail is not UNSET:
            field_dict["webmail"] = webmail
        if whostmgr is not UNSET:
            field_dict["whostmgr"] = whostmgr

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cpanel = d.pop("cpanel", UNSET)
        if _cpanel.__class__ is not list:
            _cpanel = read_list(_cpanel, "cpanel", False)
        cpanel: list[GetAppconfigApplicationListDataCpanelItem] | Unset = UNSET
        if _cpanel is not UNSET:
            cpanel = []
            for cpanel_item_data in _cpanel:
                _cpanel_item = cpanel_item_data
                if _cpanel_item.__class__ is not dict:
                    _cpanel_item = read_object(_cpanel_item, "cpanel_item", True)
                cpanel_item = GetAppconfigApplicationListDataCpanelItem.from_dict(_cpanel_item)

                cpanel.append(cpanel_item)

        _webmail = d.pop("webmail", UNSET)
        if _webmail.__class__ is not list:
            _webmail = read_list(_webmail, "webmail", False)
        webmail: list[GetAppconfigApplicationListDataWebmailItem] | Unset = UNSET
        if _webmail is not UNSET:
            webmail = []
            for webmail_item_data in _webmail:
                _webmail_item = webmail_item_data
                if _webmail_item.__class__ is not dict:
                    _webmail_item = read_object(_webmail_item, "webmail_item", True)
                webmail_item = GetAppconfigApplicationListDataWebmailItem.from_dict(_webmail_item)

                webmail.append(webmail_item)

        _whostmgr = d.pop("whostmgr", UNSET)
        if _whostmgr.__class__ is not list:
            _whostmgr = read_list(_whostmgr, "whostmgr", False)
        whostmgr: list[GetAppconfigApplicationListDataWhostmgrItem] | Unset = UNSET
        if _whostmgr is not UNSET:
            whostmgr = []
            for whostmgr_item_data in _whostmgr:
                _whostmgr_item = whostmgr_item_data
                if _whostmgr_item.__class__ is not dict:
                    _whostmgr_item = read_object(_whostmgr_item, "whostmgr_item", True)
                whostmgr_item = GetAppconfigApplicationListDataWhostmgrItem.from_dict(_whostmgr_item)

                whostmgr.append(whostmgr_item)

        get_appconfig_application_list_data = _new_instance(cls)
        get_appconfig_application_list_data.cpanel = cpanel
        get_appconfig_application_list_data.webmail = webmail
        get_appconfig_application_list_data.whostmgr = whostmgr

        get_appconfig_application_list_data.additional_properties = dict(d) if d else {}
        return get_appconfig_application_list_data

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


from ..models.get_appconfig_application_list_data_cpanel_item import GetAppconfigApplicationListDataCpanelItem  # noqa: E402
from ..models.get_appconfig_application_list_data_webmail_item import GetAppconfigApplicationListDataWebmailItem  # noqa: E402
from ..models.get_appconfig_application_list_data_whostmgr_item import GetAppconfigApplicationListDataWhostmgrItem  # noqa: E402
