"""``whm-api simulate`` (also ``python -m whm_api_client.testing``): serve a simulator.

    whm-api simulate --port 2087 --tls --seed 7 --token root:MYTOKEN --data seed.toml

Prints where it listens and the settings a client needs (``WHM_TARGET``, ``WHM_USER``,
``WHM_API_TOKEN``, ``WHM_CA_BUNDLE``), then serves until SIGTERM or Ctrl-C.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence

import anyio

from ..errors import WhmConfigError

__all__ = ["main"]

PROG = "whm-api simulate"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Serve a simulated WHM server (cpsrvd) on a loopback port, for tests. "
        "Its values are simulated placeholders.",
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (0: a free one)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--tls", action="store_true", help="HTTPS with a generated certificate")
    parser.add_argument(
        "--ca-dir",
        metavar="DIR",
        help="where to write the CA file with --tls (default: a temp dir)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the placeholder values")
    parser.add_argument(
        "--token",
        action="append",
        default=[],
        metavar="USER:TOKEN",
        help="an API token that authenticates (repeatable; root has a default one)",
    )
    parser.add_argument("--data", metavar="FILE", help="seed state from a .toml or .json file")
    parser.add_argument("--backend", choices=("asyncio", "trio"), default="asyncio")
    return parser


async def _serve(options: argparse.Namespace) -> None:
    from ._serve import SimulatorServer
    from ._simulator import WhmSimulator

    simulator = WhmSimulator(options.data, seed=options.seed)
    tokens = []
    for number, spec in enumerate(options.token, start=1):
        user, sep, token = spec.partition(":")
        if not sep or not user or not token:
            raise WhmConfigError(f"--token takes USER:TOKEN, got {spec.split(':')[0]!r}:...")
        simulator.tokens.create(user, f"command-line-{number}", token=token)
        tokens.append((user, token))
    user, token = tokens[0] if tokens else ("root", simulator.root_token)
    async with SimulatorServer(tls=options.tls, host=options.host, ca_dir=options.ca_dir) as server:
        endpoint = await server.listen(simulator, options.port)
        lines = [
            f"WHM simulator listening on {endpoint.url} (its values are simulated placeholders)",
            f"WHM_TARGET={endpoint.url}/json-api",
            f"WHM_USER={user}",
            f"WHM_API_TOKEN={token}",
        ]
        if endpoint.ca_file:
            lines.append(f"WHM_CA_BUNDLE={endpoint.ca_file}")
        lines.append("Stop with Ctrl-C or SIGTERM.")
        print("\n".join(lines), flush=True)
        with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
            async for _ in signals:
                break
    print("WHM simulator stopped", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        options = _parser().parse_args(argv)
    except SystemExit as exit:  # --help, or a usage error argparse has reported
        return exit.code if isinstance(exit.code, int) else 2
    try:
        anyio.run(_serve, options, backend=options.backend)
    except WhmConfigError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # a second Ctrl-C, or one before the signal handler was set
        return 130
    return 0
