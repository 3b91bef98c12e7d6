"""Incidents: reports of one event, from several outlets or days, stored and counted once.

A record says what one article reports. Several outlets report the same raid, and the same outlet follows it up
days later; counting articles counts the raid many times. This package keeps incidents as stored entities in the
store's own tables: ``update_incidents`` places new and changed records (a report joins an incident, two
incidents merge when a report links them), ids derive from each incident's earliest report so they do not depend
on the order reports arrive in, and merged ids still resolve. Figures keep their provenance (every report's value,
outlet and sentence, and the rule that chose the value). Statistics (an agency's period totals) are claims kept
apart and never summed. ``aggregate`` is the one aggregation every figure in Pantau comes from.
The formats are in ``docs/contract.md``.
"""

from pantau.incidents.aggregate import aggregate, aggregate_by_province
from pantau.incidents.figures import figure_value
from pantau.incidents.places import region_reason
from pantau.incidents.query import get_incident, list_incidents, list_statistics, region_code
from pantau.incidents.reports import parse_day, suspect_initials
from pantau.incidents.update import IncidentChange, is_incident_record, update_incidents

__all__ = [
    "IncidentChange",
    "aggregate",
    "aggregate_by_province",
    "figure_value",
    "get_incident",
    "is_incident_record",
    "list_incidents",
    "list_statistics",
    "parse_day",
    "region_code",
    "region_reason",
    "suspect_initials",
    "update_incidents",
]
