"""A simulated WHM server that behaves like cpsrvd, for testing code that uses WHM API 1.

    from whm_api_client.testing import WhmSimulator, faults

    sim = WhmSimulator({"accounts": [{"username": "bob", "domain": "bob.example"}]})
    async with sim.client() as whm:                       # in-process, no sockets
        assert [a.user for a in (await whm.listaccts()).acct] == ["bob"]

    with sim.serve(tls=True) as server:                    # on a loopback port
        ...  # server.url, server.target, server.ca_file

Every function of the bundled spec answers; accounts, packages, email, DNS and API tokens
keep state; faults (latency, HTTP errors, login pages, dropped connections, failures,
lockouts) can be injected. Behaviour follows the documented facts about cpsrvd;
docs/guide/simulator.md says which fact each behaviour comes from and where the simulator
chose for itself. The pytest fixtures (``whm_simulator``, ``whm_client``, ``whm_server``,
``whm_env``) come with the package. ``whm-api simulate`` serves one from the shell.
"""

from . import faults
from ._calls import ApiFailure, Call, HttpAnswer, Reply
from ._serve import Endpoint, SimulatorServer, ThreadedSimulatorServer
from ._simulator import (
    DEFAULT_PASSWORD,
    DEFAULT_TOKEN,
    SIMULATED_HOST,
    Recorded,
    WhmSimulator,
)
from ._spec import SpecTable
from ._transport import SimulatorTransport
from ._wire import Arguments, SimRequest, SimResponse

__all__ = [
    "DEFAULT_PASSWORD",
    "DEFAULT_TOKEN",
    "SIMULATED_HOST",
    "ApiFailure",
    "Arguments",
    "Call",
    "Endpoint",
    "HttpAnswer",
    "Recorded",
    "Reply",
    "SimRequest",
    "SimResponse",
    "SimulatorServer",
    "SimulatorTransport",
    "SpecTable",
    "ThreadedSimulatorServer",
    "WhmSimulator",
    "faults",
]
