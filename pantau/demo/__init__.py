"""Offline demo: local copies of the five seed outlets (``pantau.demo.sites``) with bundled articles."""

from pantau.demo.sites import DEMO_SITE_NAMES, serve_demo_sites

__all__ = ["DEMO_SITE_NAMES", "serve_demo_sites"]
