#!/usr/bin/env python3
"""WhmFleet at scale and the fast transport, beside raw httpx and raw aiohttp in the same run.

    .venv/bin/python benchmarks/fleet.py                  # full run, a few minutes
    .venv/bin/python benchmarks/fleet.py --smoke          # seconds; CI runs it
    .venv/bin/python benchmarks/fleet.py --json /tmp/fleet.json

Two parts (docs/maintainers/benchmarks.md has the method and the figures):

1. **One server** (benchmarks/server.py: fixed replies, its own process, far faster than any
   client here): per call sequentially and with 200 calls in flight, ``WhmClient`` on
   httpx's transport and on aiohttp's, raw httpx, raw aiohttp.
2. **A fleet**: N simulated WHM servers (``SimulatorServer``, one process, one port each)
   x M read calls each, at most 200 in flight and 2 per host: ``WhmFleet`` on asyncio +
   httpx, asyncio + aiohttp, trio + httpx; raw httpx and raw aiohttp doing the same calls.
   Each side runs in a fresh process (its peak RSS is its own); wall time, calls/s, errors.

Not a timed test: figures depend on the machine. Exits 1 if any call failed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from run import alternate, child_env, local_server, median  # noqa: E402

FULL = {
    "per_call_rounds": 9,
    "per_call_calls": 300,
    "inflight": 200,
    "inflight_total": 10_000,
    "inflight_rounds": 3,
    "hosts": 1_000,
    "calls_per_host": 10,
    "fleet_rounds": 3,
}
SMOKE = {
    "per_call_rounds": 1,
    "per_call_calls": 20,
    "inflight": 20,
    "inflight_total": 200,
    "inflight_rounds": 1,
    "hosts": 20,
    "calls_per_host": 2,
    "fleet_rounds": 1,
}
TOKEN_ENV = "WHM_BENCH_FLEET_TOKEN"
FLEET_SIDES = [
    "fleet asyncio+httpx",
    "fleet asyncio+aiohttp",
    "fleet trio+httpx",
    "raw httpx",
    "raw aiohttp",
]
FUNCTIONS = ["version", "gethostname"]  # cheap read calls, alternating


def note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def peak_rss_mib() -> float:
    """This process's peak resident set (VmHWM: reset at exec, unlike ru_maxrss)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def raise_fd_limit(needed: int) -> None:
    """1,000 listeners and their connections need more descriptors than a default 1,024."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft >= needed:
        return
    if hard != resource.RLIM_INFINITY and hard < needed:
        raise SystemExit(f"bench: needs {needed} file descriptors, the hard limit is {hard}")
    resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))


# --------------------------------------------------------------------- the simulated fleet


async def serve_fleet(count: int) -> None:
    """Child process: ``count`` simulators on ``count`` loopback ports; prints the ports."""
    import anyio

    from whm_api_client.testing import SimulatorServer, WhmSimulator

    raise_fd_limit(count * 4 + 256)
    async with SimulatorServer() as server:
        ports = [(await server.listen(WhmSimulator(seed=n))).port for n in range(count)]
        token = server.endpoints[0].simulator.root_token
        print(json.dumps({"ports": ports, "token": token}), flush=True)
        await anyio.to_thread.run_sync(sys.stdin.read)  # until the parent closes our stdin


@contextlib.contextmanager
def simulated_fleet(count: int) -> Iterator[dict[str, Any]]:
    proc = subprocess.Popen(
        [sys.executable, __file__, "--serve-fleet", str(count)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("{"):
            raise SystemExit(f"bench: the simulated fleet didn't start (said {line!r})")
        yield json.loads(line)
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# --------------------------------------------------------------------- workers


async def _lanes(items: list[Any], inflight: int, call: Callable[[Any], Awaitable[bool]]) -> int:
    """Run ``call`` on every item, ``inflight`` at a time; returns the number of failures."""
    iterator = iter(items)
    failures = 0

    async def lane() -> None:
        nonlocal failures
        for item in iterator:
            try:
                ok = await call(item)
            except Exception:
                ok = False
            failures += not ok

    await asyncio.gather(*(lane() for _ in range(inflight)))
    return failures


async def fleet_side(side: str, ports: list[int], s: dict[str, Any]) -> dict[str, Any]:
    """One side of part 2 in this process: wall time and failures for every call."""
    import aiohttp
    import anyio
    import httpx

    from whm_api_client.fleet import Credential, FleetHost, WhmFleet

    calls = [FUNCTIONS[n % len(FUNCTIONS)] for n in range(s["calls_per_host"])]
    inflight = s["inflight"]
    started = time.perf_counter()  # from here on: clients, connections and calls
    failures = 0
    if side.startswith("fleet"):
        credential = Credential("token", "env", TOKEN_ENV)
        hosts = [
            FleetHost(f"sim{n}", "127.0.0.1", credential, port=port, scheme="http")
            for n, port in enumerate(ports)
        ]
        backend = "aiohttp" if "aiohttp" in side else "httpx"
        fleet = WhmFleet(hosts, per_host=2, http_backend=backend)

        async def one_map(function: str) -> None:
            nonlocal failures
            # every map has its share of the in-flight budget: 200 in all
            results = await fleet.map(function, concurrency=max(1, inflight // len(calls)))
            failures += sum(1 for r in results if not (r.ok and isinstance(r.data, dict)))

        async def run() -> None:
            async with fleet, anyio.create_task_group() as group:
                for function in calls:
                    group.start_soon(one_map, function)

        if "trio" in side:
            await asyncio.to_thread(anyio.run, run, backend_options={}, backend="trio")
        else:
            await run()
    else:
        token = os.environ[TOKEN_ENV]
        headers = {"Authorization": f"whm root:{token}"}
        items = [(port, function) for function in calls for port in ports]
        if side == "raw httpx":
            limits = httpx.Limits(max_connections=inflight, max_keepalive_connections=inflight)
            async with httpx.AsyncClient(limits=limits, headers=headers) as http:

                async def call(item: tuple[int, str]) -> bool:
                    port, function = item
                    url = f"http://127.0.0.1:{port}/json-api/{function}"
                    response = await http.get(url, params={"api.version": "1"})
                    return json.loads(response.content)["metadata"]["result"] in (1, "1")

                failures = await _lanes(items, inflight, call)
        else:
            connector = aiohttp.TCPConnector(limit=inflight)
            async with aiohttp.ClientSession(connector=connector, headers=headers) as session:

                async def call(item: tuple[int, str]) -> bool:
                    port, function = item
                    url = f"http://127.0.0.1:{port}/json-api/{function}"
                    async with session.get(url, params={"api.version": "1"}) as response:
                        body = await response.read()
                    return json.loads(body)["metadata"]["result"] in (1, "1")

                failures = await _lanes(items, inflight, call)
    wall = time.perf_counter() - started
    total = len(ports) * len(calls)
    return {"wall": wall, "calls": total, "rate": total / wall, "errors": failures}


async def single_server(url: str, s: dict[str, Any]) -> dict[str, Any]:
    """Part 1: four sides against one fixed-reply server, in one process, alternating."""
    import aiohttp
    import httpx

    from whm_api_client import Target, WhmClient

    headers = {"Authorization": "whm root:BENCHMARKTOKEN"}
    forward_url = f"{url}/get_user_email_forward_destination"
    params = {"api.version": "1", "user": "bob"}

    def make(side: str, limit: int) -> tuple[Any, Callable[[], Awaitable[Any]]]:
        limits = httpx.Limits(max_connections=limit, max_keepalive_connections=limit)
        if side.startswith("client"):
            backend = "aiohttp" if "aiohttp" in side else "httpx"
            whm = WhmClient(Target.local_mock(url), limits=limits, http_backend=backend)

            async def client_call() -> Any:
                result = await whm.get_user_email_forward_destination(user="bob")
                assert result.forward_to == ["bob@example.com"]

            return whm, client_call
        if side == "raw httpx":
            http = httpx.AsyncClient(limits=limits, headers=headers)

            async def httpx_call() -> Any:
                response = await http.get(forward_url, params=params)
                assert json.loads(response.content)["data"]["forward_to"]

            return http, httpx_call
        session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=limit), headers=headers
        )

        async def aiohttp_call() -> Any:
            async with session.get(forward_url, params=params) as response:
                assert json.loads(await response.read())["data"]["forward_to"]

        return session, aiohttp_call

    async def close(owner: Any) -> None:
        await (owner.aclose() if hasattr(owner, "aclose") else owner.close())

    sides = ["client httpx", "client aiohttp", "raw httpx", "raw aiohttp"]
    per_call: dict[str, list[float]] = {side: [] for side in sides}
    made = {side: make(side, 100) for side in sides}
    for _, call in made.values():  # warm-up: connections open, modules loaded
        for _ in range(20):
            await call()
    for r in range(s["per_call_rounds"]):
        for side in alternate(r, sides):
            call = made[side][1]
            gc.collect()
            started = time.perf_counter()
            for _ in range(s["per_call_calls"]):
                await call()
            per_call[side].append(s["per_call_calls"] / (time.perf_counter() - started))
    for owner, _ in made.values():
        await close(owner)

    inflight = s["inflight"]
    throughput: dict[str, list[float]] = {side: [] for side in sides}
    errors = dict.fromkeys(sides, 0)
    for r in range(s["inflight_rounds"]):
        for side in alternate(r, sides):
            owner, call = make(side, inflight)

            async def checked(_: Any, call: Callable[[], Awaitable[Any]] = call) -> bool:
                await call()
                return True

            await _lanes(list(range(inflight * 2)), inflight, checked)  # open the connections
            gc.collect()
            started = time.perf_counter()
            errors[side] += await _lanes(list(range(s["inflight_total"])), inflight, checked)
            throughput[side].append(s["inflight_total"] / (time.perf_counter() - started))
            await close(owner)
    return {"per_call": per_call, "inflight": throughput, "errors": errors}


def worker_main(args: argparse.Namespace) -> None:
    s = json.loads(args.settings)
    if args.worker == "single":
        out = asyncio.run(single_server(args.url, s))
    else:
        ports = json.loads(Path(args.ports).read_text())
        raise_fd_limit(len(ports) * 3 + 256)
        out = asyncio.run(fleet_side(args.worker, ports, s))
    out["peak_rss_mib"] = peak_rss_mib()
    print(json.dumps(out))


def run_worker(side: str, s: dict[str, Any], **flags: str) -> dict[str, Any]:
    command = [sys.executable, __file__, "--worker", side, "--settings", json.dumps(s)]
    for name, value in flags.items():
        command += [f"--{name}", value]
    done = subprocess.run(
        command, env=child_env(), capture_output=True, text=True, timeout=1800, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"bench: worker {side} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------- the report


def rate(value: float) -> str:
    return f"{value:,.0f}/s"


def paired(a: list[float], b: list[float]) -> float:
    """The median of the per-round ratios a/b: each round ran both sides back to back, so
    a machine that slows down mid-run (it is shared) shifts both sides of a pair alike."""
    return median([x / y for x, y in zip(a, b, strict=True)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny counts: seconds, for CI")
    parser.add_argument("--hosts", type=int, help="simulated hosts (default 1,000; smoke 20)")
    parser.add_argument("--json", metavar="PATH", help="also write every sample to PATH")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--settings", default="{}", help=argparse.SUPPRESS)
    parser.add_argument("--url", default="", help=argparse.SUPPRESS)
    parser.add_argument("--ports", default="", help=argparse.SUPPRESS)
    parser.add_argument("--serve-fleet", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_fleet:
        asyncio.run(serve_fleet(args.serve_fleet))
        return 0
    if args.worker:
        worker_main(args)
        return 0

    s = dict(SMOKE if args.smoke else FULL)
    if args.hosts:
        s["hosts"] = args.hosts
    raise_fd_limit(s["hosts"] * 4 + 256)  # inherited by the server and the workers
    everything: dict[str, Any] = {"settings": s, "load_before": os.getloadavg()[0]}
    rows: list[tuple[str, str, str, str, str, str]] = []
    missed: list[str] = []

    def goal(row: tuple[str, str, str, str, str], met: bool | None) -> None:
        mark = "-" if met is None else ("yes" if met else "NO")
        rows.append((*row, mark))
        if met is False:
            missed.append(row[0])

    note(f"bench: {'smoke' if args.smoke else 'full'} run; part 1, one server ...")
    with local_server(10) as url:
        single = everything["single"] = run_worker("single", s, url=url)
    per, inflight, errors = single["per_call"], single["inflight"], single["errors"]
    failed = sum(errors.values())
    label = f"{s['inflight']} in flight"
    single_rows = [  # (case, samples, side, beside, goal, met)
        ("per call [aiohttp transport]", per, "client aiohttp", "raw aiohttp", "", None),
        ("per call [httpx transport]", per, "client httpx", "raw httpx", "", None),
        (f"{label} [aiohttp transport]", inflight, "client aiohttp", "raw aiohttp", "", None),
        (
            f"{label} [aiohttp transport] vs raw httpx",
            inflight,
            "client aiohttp",
            "raw httpx",
            "",
            None,
        ),
        (
            f"{label} [httpx transport]",
            inflight,
            "client httpx",
            "raw httpx",
            f"{failed} errors",
            failed == 0,
        ),
    ]
    for case, runs, side, beside, wanted, met in single_rows:
        figure, other = median(runs[side]), median(runs[beside])
        ratio = paired(runs[side], runs[beside])
        goal((case, rate(figure), f"{rate(other)} ({beside})", f"{ratio:.2f}x", wanted), met)

    note(f"bench: part 2, {s['hosts']} simulated hosts x {s['calls_per_host']} calls ...")
    samples: dict[str, list[dict[str, Any]]] = {side: [] for side in FLEET_SIDES}
    with simulated_fleet(s["hosts"]) as served:
        ports_file = Path(f"/tmp/whm-bench-fleet-{os.getpid()}.json")
        ports_file.write_text(json.dumps(served["ports"]))
        os.environ[TOKEN_ENV] = served["token"]
        try:
            for r in range(s["fleet_rounds"]):
                for side in alternate(r, FLEET_SIDES):
                    note(f"bench:   round {r + 1}: {side}")
                    samples[side].append(run_worker(side, s, ports=str(ports_file)))
        finally:
            ports_file.unlink(missing_ok=True)
    everything["fleet"] = samples
    f = {side: median([x["rate"] for x in runs]) for side, runs in samples.items()}
    wall = {side: median([x["wall"] for x in runs]) for side, runs in samples.items()}
    rss = {side: max(x["peak_rss_mib"] for x in runs) for side, runs in samples.items()}
    errs = {side: sum(x["errors"] for x in runs) for side, runs in samples.items()}
    n = f"{s['hosts']} hosts x {s['calls_per_host']}"
    for side in FLEET_SIDES:
        goal(
            (
                f"{n}: {side}",
                rate(f[side]),
                f"{wall[side]:.2f} s",
                "",
                f"peak RSS {rss[side]:.0f} MiB, {errs[side]} errors",
            ),
            errs[side] == 0,
        )
    rates = {side: [x["rate"] for x in runs] for side, runs in samples.items()}
    fleet_rows = [  # (case, side, beside, goal, threshold)
        ("fast path / raw aiohttp", "fleet asyncio+aiohttp", "raw aiohttp", "≥ 0.3x", 0.3),
        ("default path / raw httpx", "fleet asyncio+httpx", "raw httpx", "≥ 1.0x", 1.0),
        ("trio / raw httpx", "fleet trio+httpx", "raw httpx", "", None),
    ]
    for case, side, beside, wanted, threshold in fleet_rows:
        ratio = paired(rates[side], rates[beside])
        met = None if threshold is None else ratio >= threshold
        goal((f"{n}: {case}", rate(f[side]), rate(f[beside]), f"{ratio:.2f}x", wanted), met)
    fleet_rss = max(rss[side] for side in FLEET_SIDES if side.startswith("fleet"))
    goal(
        (
            f"{n}: peak RSS, fleet sides",
            f"{fleet_rss:.0f} MiB",
            f"{max(rss['raw httpx'], rss['raw aiohttp']):.0f} MiB (raw)",
            "",
            "< 300 MB",
        ),
        fleet_rss * 1.048576 < 300,
    )

    everything["load_after"] = os.getloadavg()[0]
    print("| case | figure | beside | ratio | goal | met |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(
        f"\nload average {everything['load_before']:.2f} before, {everything['load_after']:.2f} after"
    )
    print("all goals met" if not missed else f"goals missed: {', '.join(missed)}")
    if args.json:
        Path(args.json).write_text(json.dumps(everything, indent=1))
    return 1 if any(errs.values()) or failed else 0


if __name__ == "__main__":
    sys.exit(main())
