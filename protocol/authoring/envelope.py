"""JSON in, JSON out: how the browser's Python worker calls the project's Python.

Each function the worker calls takes one JSON string and returns one; a request that is not a
JSON object gets the function's own error reply, never an exception.
"""
from __future__ import annotations

import functools
import json
from typing import Callable

__all__ = ["json_endpoint"]


def json_endpoint(bad_request: Callable[[], dict]):
    """Turn ``handler(request: dict) -> dict`` into ``endpoint(payload: str) -> str``."""
    def wrap(handler: Callable[[dict], dict]) -> Callable[[str], str]:
        @functools.wraps(handler)
        def endpoint(payload: str) -> str:
            try:
                request = json.loads(payload)
            except (TypeError, ValueError):
                request = None
            reply = handler(request) if isinstance(request, dict) else bad_request()
            return json.dumps(reply)
        return endpoint
    return wrap
