"""Pantau: watch Indonesian news for human trafficking (TPPO)."""

__version__ = "0.1.0"
