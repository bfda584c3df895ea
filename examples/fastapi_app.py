"""A FastAPI app that shares one ``WhmClient`` across requests.

The client is opened in the app's lifespan (one connection pool for the app's
life, closed at shutdown) and handed to routes through a dependency, so a test
can swap it with ``app.dependency_overrides``. Run it with::

    pip install fastapi uvicorn
    WHM_HOST=whm.example.com WHM_API_TOKEN=... uvicorn examples.fastapi_app:app
    curl http://127.0.0.1:8000/forwards/bob
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request

from whm_api_client import WhmApiError, WhmClient, WhmError


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # from_env fails fast at startup if WHM_HOST/WHM_TARGET or credentials are wrong.
    async with WhmClient.from_env() as whm:
        app.state.whm = whm
        yield


app = FastAPI(title="WHM forwards", lifespan=lifespan)


def get_whm(request: Request) -> WhmClient:
    """The app's shared client."""
    whm: WhmClient = request.app.state.whm
    return whm


Whm = Annotated[WhmClient, Depends(get_whm)]


@app.get("/forwards/{user}")
async def forwards(user: str, whm: Whm) -> dict[str, object]:
    """Where a cPanel user's mail is forwarded."""
    try:
        result = await whm.get_user_email_forward_destination(user=user)
    except WhmApiError as error:
        # WHM ran the function and said no; its reason is meant for people.
        raise HTTPException(status_code=400, detail=error.reason) from None
    except WhmError as error:
        # Connection, HTTP or reply trouble: upstream's problem; details go to the log only.
        raise HTTPException(status_code=502, detail="WHM could not be reached") from error
    return {"user": user, "forward_to": result.forward_to or []}
