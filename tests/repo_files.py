"""Import the project's scripts and examples by path: scripts/ and examples/ aren't packages."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
# The read-only facts beside the checkout (../shared/whm-api, also from a worktree in /work).
SHARED = ROOT.parent / "shared" / "whm-api"


def load_module(path: Path, name: str, *, fresh: bool = False) -> ModuleType:
    """Import ``path`` as module ``name``, once (or anew with ``fresh``).

    The module is registered in sys.modules before it runs, as dataclasses and
    attrs resolve string annotations through it.
    """
    if not fresh and name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def load_script(name: str) -> ModuleType:
    """``scripts/NAME.py`` as module ``NAME``."""
    return load_module(ROOT / "scripts" / f"{name}.py", name)
