#!/usr/bin/env bash
# One entry point for a fresh clone: sets up .venv and node_modules, then runs a job.
#   bash scripts/dev.sh demo    # start the WHM simulator, make calls, print, stop
#   bash scripts/dev.sh test    # the whole test suite (the contract test starts Prism itself)
#   bash scripts/dev.sh lint    # regenerate --check, ruff, mypy
#   bash scripts/dev.sh bench   # benchmarks (benchmarks/README.md); add --smoke for a short run
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
VENV=.venv
# Bytecode caching is part of what users get (import time); keep it on.
unset PYTHONDONTWRITEBYTECODE

setup() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$PY" -m venv "$VENV"
    fi
    stamp="$VENV/.installed-$(cat pyproject.toml | sha256sum | cut -c1-16)"
    if [ ! -f "$stamp" ]; then
        # pip 25.1 or later reads PEP 735 dependency groups (--group dev).
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
        "$VENV/bin/python" -m pip install --quiet -e . --group dev
        touch "$stamp"
    fi
    if command -v npm >/dev/null 2>&1; then
        lock_stamp="node_modules/.installed-$(sha256sum package-lock.json | cut -c1-16)"
        if [ ! -f "$lock_stamp" ]; then
            npm ci --no-audit --no-fund --loglevel=error
            touch "$lock_stamp"
        fi
    else
        echo "dev.sh: npm not found; tests that need the local mock server will be skipped" >&2
    fi
}

job=${1:-test}
shift || true
case "$job" in
    demo)
        setup
        exec "$VENV/bin/python" scripts/demo.py "$@"
        ;;
    test)
        setup
        set +e
        "$VENV/bin/python" -m pytest "$@"
        rc=$?
        set -e
        if [ "$rc" = 5 ]; then
            echo "dev.sh: pytest collected no tests; that is a failure here" >&2
            exit 1
        fi
        exit "$rc"
        ;;
    lint)
        setup
        "$VENV/bin/python" scripts/regenerate.py --check
        "$VENV/bin/ruff" check .
        "$VENV/bin/ruff" format --check .
        "$VENV/bin/mypy"
        ;;
    bench)
        setup
        exec "$VENV/bin/python" benchmarks/run.py "$@"
        ;;
    *)
        echo "usage: bash scripts/dev.sh demo|test|lint|bench [args]" >&2
        exit 2
        ;;
esac
