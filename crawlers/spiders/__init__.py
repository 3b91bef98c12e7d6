"""Pantau's spiders: one small spider per seed outlet, a registry spider for any other outlet, a generic one."""
