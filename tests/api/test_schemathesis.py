"""Schemathesis over /api/openapi.json with every built-in check, against the app with a real search backend.

Bounded in time: a few generated requests per operation, in both generation modes (data that fits the schema, and
data that does not), with Hypothesis' example database off and no deadline.

One setting: a request that fits the schema may still be a 400, because the schema cannot say which strings are
region names, query syntax or cursors Pantau issued (``province=HEAD``, ``after=HEAD``); such a 400 must still
carry a ``detail`` message, as every declared error does."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.generation.modes import GenerationMode

from pantau.api import create_app

MAX_EXAMPLES = 20
ACCEPTED = ["2xx", "400", "401", "403", "404", "429", "503"]
CONFIG = {"checks": {"positive_data_acceptance": {"expected-statuses": ACCEPTED}}}


@pytest.fixture(scope="module")
def api_schema(search_env):
    return schemathesis.openapi.from_asgi("/api/openapi.json", create_app(search_env.settings, search_env.client),
                                          config=SchemathesisConfig.from_dict(CONFIG))


def _operations(schema):
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_keeps_its_contract(api_schema, mode):
    operations = _operations(api_schema)
    assert {op.path for op in operations} >= {"/api/incidents", "/api/records", "/api/export", "/api/stats"}
    for operation in operations:
        if mode is GenerationMode.NEGATIVE and not any(p.location != "path" for p in operation.iter_parameters()):
            continue  # nothing that does not fit: no parameters, or only an id (any string is one)

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate()

        check()
