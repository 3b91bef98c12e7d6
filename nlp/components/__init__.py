"""Pantau's spaCy components. Importing this package registers every factory."""

from nlp.components import (  # noqa: F401  (imported for their @Language.factory registrations)
    agencies,
    counts,
    destinations,
    event_date,
    event_type,
    location_roles,
    modus,
    places,
    relevance,
    semantic,
    transformer,
)
