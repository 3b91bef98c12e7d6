"""The journalists' page at / in headless Chromium, against the real API over the embedded search server.

Fixture records (``data/articles.json``): organ trafficking in Kabupaten Bekasi, an online scam in Kota Medan,
irregular migrant workers in Kota Kupang, sexual exploitation in Kota Batam whose title and text hold
``<script>`` and ``<img onerror>``, and one irrelevant article (hidden by default). Each relevant record is its own
incident. The page shows incidents by default; most tests here look at the individual reports (``view=records``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

RELEVANT_FIXTURES = 4
BEKASI_TITLE = "Polisi Bongkar Sindikat Jual Beli Ginjal di Bekasi, Dua Tersangka Ditangkap"
BEKASI_URL = "https://berita.example.id/2025/10/sindikat-ginjal-bekasi"
MEDAN_TITLE = "Dua Belas Warga Medan Dipulangkan dari Kamboja Usai Dipaksa Jadi Operator Online Scam"
IRRELEVANT_TITLE = "Perdagangan Beras Antarpulau di Bekasi Meningkat"
SCRIPT = "<script>alert(1)</script>"


def open_page(page: Any, app_url: str, query: str = "", view: str | None = "records") -> None:
    """Load the page (in the given view; None: the default, incidents) and wait until its first search is shown."""
    if view:
        query = f"?view={view}" + (f"&{query[1:]}" if query else "")
    page.goto(f"{app_url}/{query}")
    page.wait_for_function(
        "document.body.dataset.ready === 'true' && !document.getElementById('results').hasAttribute('aria-busy')"
        " && document.getElementById('results-status').textContent !== ''"
    )


def search_for(page: Any, words: str) -> None:
    """Type a query into the search box and submit it with the keyboard."""
    page.get_by_label("Cari berita dan kasus").fill(words)
    page.keyboard.press("Enter")


def result_titles(page: Any) -> list[str]:
    return [title.strip() for title in page.locator(".result-title a, .result-title > span").all_text_contents()]


def expect_titles(page: Any, expected: list[str]) -> None:
    """Wait until the result list shows exactly these titles (in any order)."""
    page.wait_for_function(
        "expected => { const shown = [...document.querySelectorAll('.result-title')]"
        ".map(node => node.textContent.replace(/\\s*\\(membuka tab baru\\)|\\s*\\(opens in a new tab\\)/, '').trim());"
        " return shown.length === expected.length && expected.every(title => shown.includes(title)); }",
        arg=expected,
    )


def test_query_shows_highlighted_results_linking_to_sources(page: Any, app_url: str) -> None:
    open_page(page, app_url)
    assert len(result_titles(page)) == RELEVANT_FIXTURES

    search_for(page, "ginjal")
    expect_titles(page, [BEKASI_TITLE])
    assert "q=ginjal" in page.url
    assert page.locator("#results-status").text_content() == "1 hasil"
    link = page.locator(".result-title a")
    assert link.get_attribute("href") == BEKASI_URL
    assert link.get_attribute("target") == "_blank"
    assert set(link.get_attribute("rel").split()) >= {"noopener", "noreferrer"}
    marked = [text.lower() for text in page.locator(".result mark").all_text_contents()]
    assert "ginjal" in marked


def test_irrelevant_articles_are_hidden_unless_asked_for(page: Any, app_url: str) -> None:
    open_page(page, app_url, "?q=Bekasi")
    expect_titles(page, [BEKASI_TITLE])
    page.get_by_label("Sertakan berita yang tidak relevan").check()
    expect_titles(page, [BEKASI_TITLE, IRRELEVANT_TITLE])
    assert "relevant=all" in page.url
    assert page.locator(".result", has_text=IRRELEVANT_TITLE).locator(".badge", has_text="Tidak relevan").count() == 1


def test_clicking_a_facet_filters_results_and_the_chip_removes_it(page: Any, app_url: str) -> None:
    open_page(page, app_url)
    scam = page.locator(".facet-option[data-facet='modus'][data-key='online_scam']")
    assert scam.locator(".count").text_content() == "1"
    scam.click()
    expect_titles(page, [MEDAN_TITLE])
    assert "modus=online_scam" in page.url
    assert scam.get_attribute("aria-pressed") == "true"
    province_counts = page.locator(".facet-option[data-facet='province'] .count").all_text_contents()
    assert province_counts == ["1"]

    chip = page.locator("#active-filter-list .chip")
    assert "Penipuan daring" in chip.text_content()
    chip.click()
    page.wait_for_function(f"document.querySelectorAll('.result').length === {RELEVANT_FIXTURES}")
    assert "modus=" not in page.url

    page.go_back()  # the filter is in the URL: back brings it again
    expect_titles(page, [MEDAN_TITLE])


def test_facets_work_from_the_keyboard_and_keep_focus(page: Any, app_url: str) -> None:
    open_page(page, app_url)
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.className") == "skip-link"
    facet = page.locator(".facet-option[data-facet='province'][data-key='Sumatera Utara']")
    facet.focus()
    page.keyboard.press("Enter")
    expect_titles(page, [MEDAN_TITLE])
    focused = page.evaluate("[document.activeElement.dataset.focusKey, document.activeElement.ariaPressed]")
    assert focused == ["facet:province:Sumatera Utara", "true"]
    page.keyboard.press("Space")  # pressing it again removes the filter
    page.wait_for_function(f"document.querySelectorAll('.result').length === {RELEVANT_FIXTURES}")


def test_opening_a_result_shows_its_facts_with_evidence_sentences(page: Any, app_url: str) -> None:
    open_page(page, app_url, "?q=ginjal")
    expect_titles(page, [BEKASI_TITLE])
    page.get_by_role("button", name="Lihat fakta dan bukti").click()
    toggle = page.get_by_role("button", name="Sembunyikan fakta")
    assert toggle.get_attribute("aria-expanded") == "true"
    facts = page.locator(".facts")
    facts.locator(".fact").first.wait_for()
    text = facts.inner_text()
    for fact in ("Kabupaten Bekasi", "Polres Metro Bekasi", "Tersangka: 2", "Korban: 3", "Perdagangan organ",
                 "Cambodia"):
        assert fact in text, fact

    suspects = facts.locator(".fact", has_text="Tersangka: 2")
    evidence = suspects.locator("details.evidence")
    assert not evidence.locator("blockquote").is_visible()
    evidence.locator("summary").click()  # expand the evidence sentence
    sentence = evidence.locator("blockquote")
    assert sentence.is_visible()
    assert sentence.text_content().startswith("Dua tersangka berinisial AS (41) dan RH (37) ditangkap")

    toggle.click()
    assert facts.is_hidden()


def test_language_switch_translates_the_page_and_is_remembered(page: Any, app_url: str) -> None:
    open_page(page, app_url)
    assert page.locator("html").get_attribute("lang") == "id"
    assert page.locator("#results-heading").text_content() == "Hasil"
    page.get_by_role("button", name="Switch to English").click()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#results-heading").text_content() == "Results"
    assert page.get_by_role("button", name="Search", exact=True).is_visible()
    organ_facet = page.locator(".facet-option[data-key='organ_trafficking'] .facet-label")
    assert organ_facet.text_content() == "Organ trafficking"
    assert page.locator("#results-status").text_content() == f"{RELEVANT_FIXTURES} results"

    page.reload()
    page.wait_for_selector(".result")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#stats-heading").text_content() == "By province"
    page.get_by_role("button", name="Ganti ke Bahasa Indonesia").click()
    assert page.locator("#stats-heading").text_content() == "Per provinsi"


def test_untrusted_article_text_shows_as_text(page: Any, app_url: str, dialogs: list[str]) -> None:
    open_page(page, app_url, "?q=Batam")
    page.wait_for_selector(".result")
    title = page.locator(".result-title").first
    assert SCRIPT in title.text_content()
    assert title.locator("a").count() == 0  # its URL is "javascript:alert(3)": not made a link
    hrefs = page.eval_on_selector_all("a[href]", "nodes => nodes.map(node => node.href)")
    assert not [href for href in hrefs if not href.startswith("http")]
    page.get_by_role("button", name="Lihat fakta dan bukti").first.click()
    evidence = page.locator(".facts details.evidence").first
    evidence.locator("summary").click()
    assert SCRIPT in evidence.locator("blockquote").text_content()
    page.locator(".facts details.evidence").last.locator("summary").click()
    assert "<img src=x onerror=alert(2)>" in page.locator(".facts").text_content()

    page.wait_for_timeout(300)  # time for an injected handler to fire, were there one
    assert dialogs == []
    script_sources = page.eval_on_selector_all("script", "nodes => nodes.map(node => node.getAttribute('src'))")
    assert script_sources == ["app.js"]
    assert page.locator("main img").count() == 0
    assert page.locator("#result-list *[onerror], #result-list *[onclick]").count() == 0
    allowed = {"LI", "ARTICLE", "H3", "A", "SPAN", "P", "MARK", "UL", "DIV", "BUTTON", "SECTION", "H4", "DETAILS",
               "SUMMARY", "BLOCKQUOTE"}
    tags = set(page.eval_on_selector_all("#result-list *", "nodes => nodes.map(node => node.tagName)"))
    assert tags <= allowed, tags - allowed


def test_paging_with_next_loads_more_results(page: Any, app_url: str) -> None:
    open_page(page, app_url, "?size=3")
    assert len(result_titles(page)) == 3
    more = page.get_by_role("button", name="Muat lebih banyak")
    assert "3 dari 4" in page.locator("#showing").text_content()
    more.click()
    page.wait_for_function(f"document.querySelectorAll('.result').length === {RELEVANT_FIXTURES}")
    assert more.is_hidden()
    assert len(set(result_titles(page))) == RELEVANT_FIXTURES


def test_bad_input_shows_the_servers_message(page: Any, app_url: str) -> None:
    page.goto(f"{app_url}/?date_from=2025-13-45")
    alert = page.get_by_role("alert")
    alert.wait_for()
    assert alert.text_content().startswith("Terjadi kesalahan:")
    assert len(alert.text_content()) > len("Terjadi kesalahan: ")


def stats_rows(page: Any) -> dict[str, list[str]]:
    """The province table: province -> [incidents, victims, suspects] as shown."""
    return {
        row.locator("th").text_content(): [cell.strip() for cell in row.locator("td").all_text_contents()]
        for row in page.locator("#stats-body tr").all()
    }


def test_province_table_counts_incidents_of_the_period_and_filters_by_province(page: Any, app_url: str) -> None:
    open_page(page, app_url)
    page.wait_for_function("document.querySelectorAll('#stats-body tr').length === 4")
    rows = stats_rows(page)
    assert set(rows) == {"Jawa Barat", "Sumatera Utara", "Nusa Tenggara Timur", "Kepulauan Riau"}
    assert rows["Jawa Barat"] == ["1", "3", "2"]
    assert rows["Sumatera Utara"] == ["1", "12", "1"]

    page.locator("#date_from").fill("2025-10-01")  # Bekasi and Batam were first reported in October
    page.locator("#date_from").dispatch_event("change")
    page.wait_for_function("document.querySelectorAll('#stats-body tr').length === 2")
    assert set(stats_rows(page)) == {"Jawa Barat", "Kepulauan Riau"}

    page.get_by_role("button", name="Jawa Barat", exact=True).click()
    page.wait_for_function("document.querySelector('#active-filter-list').textContent.includes('Jawa Barat')")
    assert "province=Jawa+Barat" in page.url
    expect_titles(page, [BEKASI_TITLE])


def test_export_links_carry_the_current_query(page: Any, app_url: str) -> None:
    open_page(page, app_url, "?q=ginjal")
    csv_href = page.locator("#export-csv").get_attribute("href")
    assert csv_href == f"{app_url}/api/export?q=ginjal&level=record&format=csv"
    response = page.request.get(csv_href)
    assert response.ok
    assert BEKASI_URL in response.text()
    assert "Medan" not in response.text()
    jsonl_href = page.locator("#export-jsonl").get_attribute("href")
    assert jsonl_href.endswith("format=jsonl")


def test_page_runs_under_its_content_security_policy(browser: Any, app_url: str, dialogs: list[str]) -> None:
    context = browser.new_context(locale="id-ID")
    try:
        strict_page = context.new_page()
        violations: list[str] = []
        strict_page.on("console", lambda message: violations.append(message.text)
                       if "Content Security Policy" in message.text else None)
        strict_page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        strict_page.goto(f"{app_url}/?view=records&q=Batam")
        strict_page.locator(".result").first.wait_for()
        strict_page.get_by_role("button", name="Lihat fakta dan bukti").first.click()
        strict_page.locator(".facts .fact").first.wait_for()
        assert violations == []
        assert dialogs == []
    finally:
        context.close()


def test_a_read_key_is_asked_for_and_used(page: Any, keyed_app_url: str, read_key: str) -> None:
    page.goto(f"{keyed_app_url}/?view=records&q=ginjal")
    alert = page.get_by_role("alert")
    alert.wait_for()
    assert "kunci API" in alert.text_content()
    key_box = page.get_by_label("Kunci API")
    key_box.fill(read_key)
    key_box.press("Enter")
    expect_titles(page, [BEKASI_TITLE])
    assert page.locator("#key-form").is_hidden()
    page.wait_for_function("document.querySelectorAll('#stats-body tr').length === 4")
    with page.expect_download() as download_info:
        page.locator("#export-csv").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    assert BEKASI_URL in Path(download.path()).read_text(encoding="utf-8")


def test_incidents_are_shown_by_default_with_figures_and_reports_folded_in(page: Any, app_url: str) -> None:
    open_page(page, app_url, view=None)
    assert "view=" not in page.url
    assert page.locator("#view-switch button[data-view='incidents']").get_attribute("aria-pressed") == "true"
    assert page.locator(".result.incident").count() == RELEVANT_FIXTURES
    assert page.locator("#include_irrelevant").is_hidden()  # incidents are always about trafficking
    medan = page.locator(".result.incident", has_text="Sumatera Utara")
    assert "Sumatera Utara" in medan.locator(".result-title").text_content()  # where it happened
    victims = medan.locator(".figure[data-role='victims']")
    assert victims.locator(".fact-main").first.text_content() == "Korban: 12"
    assert "aturan:" in victims.text_content()
    per_report = victims.locator("details.figure-reports")
    assert not per_report.locator("blockquote").is_visible()
    per_report.locator("summary").click()  # every report's value and sentence, on demand
    assert per_report.locator("blockquote").first.is_visible()
    reports = medan.locator("details.reports")
    reports.locator("summary").click()
    link = reports.locator("a").first
    assert link.is_visible() and link.get_attribute("href").startswith("https://")
    assert page.locator("#export-csv").get_attribute("href").endswith("level=incident&format=csv")


def test_a_region_says_why_each_incident_is_listed(page: Any, app_url: str) -> None:
    open_page(page, app_url, "?province=Sumatera+Utara", view=None)
    page.wait_for_function("document.querySelectorAll('.result.incident').length === 1")
    assert page.locator(".result.incident .reason").text_content() == "Terjadi di wilayah ini"


def test_switching_to_individual_reports_and_back(page: Any, app_url: str) -> None:
    open_page(page, app_url, "?q=ginjal", view=None)
    page.wait_for_function("document.querySelectorAll('.result.incident').length === 1")
    page.get_by_role("button", name="Berita satu per satu").click()
    expect_titles(page, [BEKASI_TITLE])
    assert "view=records" in page.url and "q=ginjal" in page.url
    page.get_by_role("button", name="Kasus", exact=True).click()
    page.wait_for_function("document.querySelectorAll('.result.incident').length === 1")
    assert "view=" not in page.url


def test_statistics_are_listed_apart(page: Any, app_url: str) -> None:
    open_page(page, app_url, view=None)
    page.wait_for_function("document.querySelectorAll('#statistics-list li').length > 0")
    assert page.locator("#statistics-list").text_content() == "Tidak ada statistik untuk pencarian ini."
