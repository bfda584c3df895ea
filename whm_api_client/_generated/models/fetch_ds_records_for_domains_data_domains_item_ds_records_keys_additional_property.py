# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property_digests_item import (
        FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem,
    )


T = TypeVar("T", bound="FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalProperty")
_new_instance = object.__new__


@_attrs_define
class FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalProperty:
    """
    Attributes:
        active (int | Unset):
        algo_desc (str | Unset):
        algo_num (int | Unset):
        algo_tag (str | Unset):
        bits (int | Unset):
        created (int | Unset):
        digests (list[FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem] | Unset):
        flags (int | Unset):
        key_id (int | Unset):
        key_tag (int | Unset):
        key_type (str | Unset):
        privatekey (str | Unset):
    """

    active: int | Unset = UNSET
    algo_desc: str | Unset = UNSET
    algo_num: int | Unset = UNSET
    algo_tag: str | Unset = UNSET
    bits: int | Unset = UNSET
    created: int | Unset = UNSET
    digests: list[FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem] | Unset = UNSET
    flags: int | Unset = UNSET
    key_id: int | Unset = UNSET
    key_tag: int | Unset = UNSET
    key_type: str | Unset = UNSET
    privatekey: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        active = self.active

        algo_desc = self.algo_desc

        algo_num = self.algo_num

        algo_tag = self.algo_tag

        bits = self.bits

        created = self.created

        digests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.digests, Unset):
            digests = []
            for digests_item_data in self.digests:
                digests_item = digests_item_data.to_dict()
                digests.append(digests_item)

        flags = self.flags

        key_id = self.key_id

        key_tag = self.key_tag

        key_type = self.key_type

        privatekey = self.privatekey

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if algo_desc is not UNSET:
            field_dict["algo_desc"] = algo_desc
        if algo_num is not UNSET:
            field_dict["algo_num"] = algo_num
        if algo_tag is not UNSET:
            field_dict["algo_tag"] = algo_tag
        if bits is not UNSET:
            field_dict["bits"] = bits
        if created is not UNSET:
            field_dict["created"] = created
        if digests is not UNSET:
            field_dict["digests"] = digests
        if flags is not UNSET:
            field_dict["flags"] = flags
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if key_tag is not UNSET:
            field_dict["key_tag"] = key_tag
        if key_type is not UNSET:
            field_dict["key_type"] = key_type
        if privatekey is not UNSET:
            field_dict["privatekey"] = privatekey

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        if active.__class__ is not int:
            active = read_value(active, "active", "integer", False)

        algo_desc = d.pop("algo_desc", UNSET)
        if algo_desc.__class__ is not str:
            algo_desc = read_value(algo_desc, "algo_desc", "string", False)

        algo_num = d.pop("algo_num", UNSET)
        if algo_num.__class__ is not int:
            algo_num = read_value(algo_num, "algo_num", "integer", False)

        algo_tag = d.pop("algo_tag", UNSET)
        if algo_tag.__class__ is not str:
            algo_tag = read_value(algo_tag, "algo_tag", "string", False)

        bits = d.pop("bits", UNSET)
        if bits.__class__ is not int:
            bits = read_value(bits, "bits", "integer", False)

        created = d.pop("created", UNSET)
        if created.__class__ is not int:
            created = read_value(created, "created", "integer", False)

        _digests = d.pop("digests", UNSET)
        if _digests.__class__ is not list:
            _digests = read_list(_digests, "digests", False)
        digests: list[FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem] | Unset = UNSET
        if _digests is not UNSET:
            digests = []
            for digests_item_data in _digests:
                _digests_item = digests_item_data
                if _digests_item.__class__ is not dict:
                    _digests_item = read_object(_digests_item, "digests_item", True)
                digests_item = (
                    FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem.from_dict(
                        _digests_item
                    )
                )

                digests.append(digests_item)

        flags = d.pop("flags", UNSET)
        if flags.__class__ is not int:
            flags = read_value(flags, "flags", "integer", False)

        key_id = d.pop("key_id", UNSET)
        if key_id.__class__ is not int:
            key_id = read_value(key_id, "key_id", "integer", False)

        key_tag = d.pop("key_tag", UNSET)
        if key_tag.__class__ is not int:
            key_tag = read_value(key_tag, "key_tag", "integer", False)

        key_type = d.pop("key_type", UNSET)
        if key_type.__class__ is not str:
            key_type = read_value(key_type, "key_type", "string", False)

        privatekey = d.pop("privatekey", UNSET)
        if privatekey.__class__ is not str:
            privatekey = read_value(privatekey, "privatekey", "string", False)

        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property = _new_instance(cls)
        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property.active = active
        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property.algo_desc = algo_desc
        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property.algo_num = algo_num
        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property.algo_tag = algo_tag
        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property.bits = bits
        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property.created = created
        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property.digests = digests
        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property.flags = flags
        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property.key_id = key_id
        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property.key_tag = key_tag
        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property.key_type = key_type
        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property.privatekey = privatekey

        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property.additional_properties = (
            dict(d) if d else {}
        )
        return fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property

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


from ..models.fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property_digests_item import (
    FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem,  # noqa: E402
)
