"""The README's Python snippets are valid Python (top-level await allowed) and name real API."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import whm_api_client

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)


def test_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 3


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_block_compiles_and_imports_exist(block: str) -> None:
    tree = compile(block, "README.md", "exec", ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "whm_api_client":
            for alias in node.names:
                assert hasattr(whm_api_client, alias.name), alias.name
