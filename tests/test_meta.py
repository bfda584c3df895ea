"""Meta arguments as cpsrvd reads them (CPSRVD-BEHAVIOR.md §5), built and reported.

Pure construction and parsing: what goes on the wire for each Meta, which values are
refused before sending (cpsrvd silently drops a filter it can't use, so a bad one must
not get that far), and how ChunkInfo/FilterInfo read the verbose metadata.
"""

from __future__ import annotations

from typing import Any, get_args

import pytest

from whm_api_client import Chunk, ChunkInfo, Filter, FilterInfo, Meta, Sort, WhmConfigError
from whm_api_client.meta import FilterType, SortMethod

# §5's lists, as the facts give them.
FACT_FILTER_TYPES = {
    "contains", "begins", "eq", "==", "lt", "lt_equal", "gt", "gt_equal",
    "lt_handle_unlimited", "gt_handle_unlimited",
}  # fmt: skip
FACT_SORT_METHODS = {
    "lexicographic",
    "lexicographic_caseless",
    "numeric",
    "numeric_zero_as_max",
    "ipv4",
}


def test_filter_types_and_sort_methods_are_exactly_those_of_the_facts() -> None:
    assert set(get_args(FilterType)) == FACT_FILTER_TYPES
    assert set(get_args(SortMethod)) == FACT_SORT_METHODS


@pytest.mark.parametrize("kind", sorted(FACT_FILTER_TYPES))
def test_every_fact_filter_type_is_accepted(kind: Any) -> None:
    assert Meta(filters=[Filter("user", "x", kind)]).arguments()["api.filter.a.type"] == kind


@pytest.mark.parametrize("kind", ["ne", "!=", "ipv4_equal", "regex", "EQ", ""])
def test_a_filter_type_cpsrvd_would_drop_is_refused(kind: Any) -> None:
    with pytest.raises(WhmConfigError, match="filter type"):
        Filter("user", "x", kind)


def test_an_empty_value_is_only_for_eq() -> None:
    assert Filter("owner", "", "eq").value == ""
    with pytest.raises(WhmConfigError, match="empty"):
        Filter("owner", "", "contains")


@pytest.mark.parametrize("value", [None, ["a"], {"a": 1}, True])
def test_a_filter_value_must_be_text_or_a_number(value: Any) -> None:
    with pytest.raises(WhmConfigError, match="value"):
        Filter("user", value)


@pytest.mark.parametrize("method", ["alpha", "NUMERIC", ""])
def test_a_sort_method_cpsrvd_would_replace_is_refused(method: Any) -> None:
    with pytest.raises(WhmConfigError, match="sort method"):
        Sort("user", method=method)


def test_verbose_is_asked_for_with_filters_and_chunks() -> None:
    args = Meta(filters=[Filter("user", "b", "begins")], chunk=Chunk(5, 6)).arguments()
    assert args["api.filter.verbose"] == "1"
    assert args["api.chunk.verbose"] == "1"
    assert "api.filter.verbose" not in Meta(sort=[Sort("user")]).arguments()


# ---------------------------------------------------------------- single item or sequence (12.5)


def test_a_single_item_is_taken_where_a_sequence_is_expected() -> None:
    one = Meta(
        filters=Filter("plan", "gold", "eq"),
        sort=Sort("user", method="lexicographic_caseless"),
        columns="user",
    )
    many = Meta(
        filters=[Filter("plan", "gold", "eq")],
        sort=[Sort("user", method="lexicographic_caseless")],
        columns=["user"],
    )
    assert one == many
    assert one.arguments() == many.arguments()
    assert one.arguments()["api.columns.a"] == "user"
    assert "api.columns.b" not in one.arguments()  # not one column per letter


@pytest.mark.parametrize(
    "fields",
    [
        {"filters": "plan=gold"},
        {"filters": [Filter("a", "b"), "x"]},
        {"filters": {"plan": "gold"}},
        {"sort": "user"},
        {"sort": [Sort("user"), 3]},
        {"columns": 5},
        {"columns": ["user", 5]},
        {"columns": [""]},
        {"chunk": 5},
        {"chunk": {"size": 5}},
    ],
)
def test_wrong_items_in_any_meta_field_are_config_errors(fields: dict[str, Any]) -> None:
    with pytest.raises(WhmConfigError) as caught:
        Meta(**fields)
    assert next(iter(fields)) in str(caught.value)


@pytest.mark.parametrize(
    "fields",
    [
        {"filters": [Filter(f"f{n}", "x") for n in range(27)]},
        {"sort": [Sort(f"f{n}") for n in range(27)]},
        {"columns": [f"c{n}" for n in range(27)]},
    ],
)
def test_more_than_26_of_a_kind_are_refused_when_meta_is_made(fields: dict[str, Any]) -> None:
    # Before: taken, and refused only later, by arguments() inside the call that used it.
    with pytest.raises(WhmConfigError, match="at most 26") as caught:
        Meta(**fields)
    assert next(iter(fields)) in str(caught.value)
    Meta(**{name: items[:26] for name, items in fields.items()}).arguments()


@pytest.mark.parametrize("reverse", ["yes", 1, None])
def test_sort_reverse_is_a_bool(reverse: Any) -> None:
    # Before: Sort("user", reverse="no") was taken and sorted in reverse.
    with pytest.raises(WhmConfigError, match="reverse"):
        Sort("user", reverse=reverse)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")])
def test_a_filter_value_is_a_finite_number(value: float) -> None:
    # Before: sent as api.filter.a.arg0=nan.
    with pytest.raises(WhmConfigError, match="value"):
        Filter("diskused", value, "gt")


# ---------------------------------------------------------------- verbose metadata, read


def test_chunk_info_reads_the_verbose_chunk() -> None:
    metadata = {"chunk": {"chunks": 3, "current": 2, "records": 7, "size": 3, "start": 4}}
    assert ChunkInfo.from_metadata(metadata) == ChunkInfo(
        start=4, size=3, records=7, current=2, chunks=3
    )
    assert ChunkInfo.from_metadata({}) is None


def test_filter_info_reads_what_cpsrvd_sends() -> None:
    metadata = {
        "filter": {
            "a": {"valid": 1, "field": "plan", "type": "eq", "arg0": "gold"},
            "b": {"valid": 1, "field": "user", "type": "begins", "arg0": "b"},
            "filtered": 1234,
        }
    }
    info = FilterInfo.from_metadata(metadata)
    assert info == FilterInfo(records_before_filter=1234, applied=("a", "b"))
    assert FilterInfo.from_metadata({}) is None


def test_filter_info_leaves_out_filters_the_server_dropped() -> None:
    # cpsrvd leaves an invalid filter out of the map: only "a" was applied.
    metadata = {
        "filter": {"a": {"valid": 1, "field": "plan", "type": "eq", "arg0": "x"}, "filtered": "9"}
    }
    info = FilterInfo.from_metadata(metadata)
    assert info is not None
    assert info.records_before_filter == 9
    assert info.applied == ("a",)
    assert info.dropped(Meta(filters=[Filter("plan", "x", "eq"), Filter("usr", "b")])) == [
        Filter("usr", "b")
    ]
