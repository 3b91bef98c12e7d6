"""Pantau's HTTP API and web page: ``create_app(settings=None, client=None)``."""

from pantau.api.app import create_app

__all__ = ["create_app"]
