"""On the demo data (extracted by the real pipeline): `pantau incidents --region Jambi`, the Jambi digest and the
one aggregation give the same figures for the same period; the year's statistic is never added to them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pantau.cli import main
from pantau.digest import build_digest, resolve_region
from pantau.incidents import aggregate, aggregate_by_province, list_incidents, list_statistics
from pantau.store import Store

PERIOD = (date(2026, 10, 1), date(2026, 11, 30))


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A PANTAU_HOME whose store holds every demo article and its record."""
    nlp = pytest.importorskip("nlp")
    from pantau.demo.sites import DEMO_SITE_NAMES, load_articles

    home = tmp_path_factory.mktemp("demo-home")
    articles = [
        {"id": f"{a.site}-{a.slug}"[:120], "url": f"http://demo.test/{a.site}/{a.slug}", "source": a.site,
         "title": a.title, "text": a.text, "published": a.published.isoformat()}
        for site in DEMO_SITE_NAMES for a in load_articles(site)
    ]
    with Store(home / "pantau.sqlite3") as store:
        for article in articles:
            store.upsert_article({**article, "canonical_url": article["url"]})
        store.save_records(list(nlp.extract_records(articles)), nlp.EXTRACTOR_VERSION)
    return home


def test_jambi_figures_agree_between_the_command_the_digest_and_the_aggregation(
    demo_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PANTAU_HOME", str(demo_home))
    code = main(["incidents", "--region", "Jambi", "--from", str(PERIOD[0]), "--to", str(PERIOD[1])])
    assert code == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert listed and all(incident["region_reason"] in ("event", "victims_origin") for incident in listed)
    with Store(demo_home / "pantau.sqlite3") as store:
        digest = build_digest(store, resolve_region("Jambi"), *PERIOD)
        statistics = list_statistics(store, region="Jambi")
        national = list_incidents(store, date_from=PERIOD[0], date_to=PERIOD[1])
    totals = aggregate(listed, "Jambi")
    assert (digest.totals.incidents, digest.totals.victims, digest.totals.suspects) == (
        totals["incidents"], totals["victims"], totals["suspects"])
    assert {incident.id for incident in digest.incidents} == {incident["id"] for incident in listed}
    assert aggregate_by_province(national)["Jambi"] == totals | {"victims_origin_incidents": 0}
    # The year-to-date statistic (17 cases, 41 rescued) is a claim, not summed into the incidents.
    assert any(stat["figures"].get("cases") == 17 for stat in statistics)
    reported = {report["article_id"] for incident in national for report in incident["reports"]}
    assert not any(stat["article_id"] in reported for stat in statistics if stat["figures"].get("cases") == 17)
    assert totals["victims"] < 41 + 14


def test_the_jambi_digest_shows_the_years_statistic_as_a_claim(demo_home: Path) -> None:
    from pantau.digest import render

    with Store(demo_home / "pantau.sqlite3") as store:
        digest = build_digest(store, resolve_region("Jambi"), *PERIOD)
    text = render(digest, "md").decode()
    claims = text.split("## Statistik instansi")[1].split("## Gambaran nasional")[0]
    assert "17 kasus" in claims and "41 korban diselamatkan" in claims and "Polda Jambi" in claims
