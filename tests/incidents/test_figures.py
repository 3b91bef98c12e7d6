"""Figures: each report's headline values, and the value an incident stands behind with the rule that chose it."""

from __future__ import annotations

from pantau.incidents.figures import merge_figures
from pantau.incidents.reports import headline_figures, make_report


def _report(text: str, counts: list[tuple[str, int, str | None]], article_id: str = "a", day: str = "2026-05-01"):
    """A report whose counts cite the sentence of the text that first holds their number (digits or a word)."""
    sentences, position = [], 0
    for sentence in text.split(". "):
        sentences.append((position, position + len(sentence), sentence))
        position += len(sentence) + 2
    words = {2: "2", 3: "3", 7: "Tujuh"}
    out = []
    for role, value, scope in counts:
        start, end, _ = next(s for s in sentences if str(value) in s[2] or words.get(value, "#") in s[2])
        out.append({"role": role, "value": value, "about_tppo": True, "scope": scope,
                    "evidence": {"start": start, "end": end}})
    article = {"id": article_id, "text": text, "published": day, "url": f"https://x.example/{article_id}",
               "source": article_id.split("-")[0]}
    record = {"id": article_id, "relevant": True, "event_type": "incident", "counts": out, "locations": []}
    return article, record


def test_the_rescued_group_is_the_incidents_when_a_wider_victims_number_stands_apart() -> None:
    article, record = _report("Polisi menyelamatkan 2 perempuan di bandara. Sejak 2020 pelaku mengirim 100 orang.",
                              [("victims_rescued", 2, None), ("victims", 100, None)])
    assert headline_figures(article, record)["victims"].value == 2


def test_women_and_men_named_together_add_up_and_a_whole_group_counts() -> None:
    article, record = _report("Sebanyak 11 korban perempuan dan 3 korban laki-laki diselamatkan.",
                              [("victims_female", 11, "perempuan"), ("victims_male", 3, "laki-laki")])
    assert headline_figures(article, record)["victims"].value == 14
    article, record = _report("Tujuh perempuan dicegat di bandara. Petugas juga memeriksa 2 orang lain.",
                              [("victims_female", 7, "perempuan"), ("victims", 2, "Kabupaten Bogor")])
    assert headline_figures(article, record)["victims"].value == 7


def test_period_totals_are_never_an_incidents_figures() -> None:
    article, record = _report("Polisi menyelamatkan 14 korban. Sepanjang 2026, Polda Jambi menyelamatkan 41 korban.",
                              [("victims_rescued", 14, None), ("victims_rescued", 41, None)])
    assert headline_figures(article, record)["victims_rescued"].value == 14


def test_the_incident_figure_says_which_rule_chose_it() -> None:
    first = make_report(*_report("Sebanyak 14 PMI diselamatkan.", [("victims_rescued", 14, None)], "a-1", "2026-06-09"))
    second = make_report(*_report("Polisi menyelamatkan 14 PMI.", [("victims_rescued", 14, None)], "b-1", "2026-06-09"))
    later = make_report(*_report("Jumlah korban bertambah menjadi 15 orang.", [("victims", 15, None)], "c-1",
                                 "2026-06-11"))
    figure = merge_figures([first, second, later])["victims"]
    assert (figure["value"], figure["rule"], figure["conflict"]) == (15, "updated figure (latest report saying so)",
                                                                      True)
    assert [entry["value"] for entry in figure["reports"]] == [14, 14, 15]
    assert figure["reports"][0]["counted_as"] == "victims_rescued" and figure["reports"][0]["outlet"] == "a"
    plain = make_report(*_report("Polisi menyelamatkan 12 PMI.", [("victims_rescued", 12, None)], "d-1",
                                 "2026-06-11"))
    assert merge_figures([first, second, plain])["victims"]["rule"].startswith("most reports (2 of 3)")
    assert merge_figures([first])["victims"]["rule"].startswith("only report")


def test_an_update_sentence_gives_its_sum_not_the_part_it_adds() -> None:
    article, record = _report("Sebanyak 4 pemuda dipulangkan dari Kamboja. Sebelumnya 1 korban lainnya sudah lebih "
                              "dulu pulang, sehingga total korban berjumlah 5 orang.",
                              [("victims", 4, None), ("victims", 1, None), ("victims", 5, None)])
    assert headline_figures(article, record)["victims"].value == 5


def test_a_tie_goes_to_the_number_the_headline_gives() -> None:
    article, record = _report("Sepekan setelah 9 pemuda digagalkan, petugas kembali menahan 3 perempuan di bandara.",
                              [("victims_rescued", 9, None), ("victims_rescued", 3, None)])
    article["title"] = "Petugas Bandara Kembali Tahan Tiga Perempuan"
    assert headline_figures(article, record)["victims"].value == 3
    article["title"] = "Petugas Bandara Kembali Tahan Calon PMI"
    assert headline_figures(article, record)["victims"].value == 9  # no headline number: the first written


def test_a_single_victim_no_report_counts_makes_the_incident_stand_for_one() -> None:
    sold = make_report(*_report("Polres Garut menangkap 2 perempuan yang menjual bayi lewat grup Facebook. Bayi "
                                "tersebut kini dirawat di rumah sakit.", [("suspects", 2, None)], "a-1"))
    figure = merge_figures([sold])["victims"]
    assert (figure["value"], figure["rule"]) == (1, "one victim (the reports tell of a single person and count none)")
    assert figure["reports"][0]["counted_as"] == "one_victim"
    assert "menjual bayi" in figure["reports"][0]["sentence"]
    # several victims told without a number: no figure at all
    several = make_report(*_report("Polisi menangkap 2 perekrut. Para korban dijual ke kafe di Jambi.",
                                   [("suspects", 2, None)], "b-1"))
    assert "victims" not in merge_figures([several])
    # a count given by another report wins over the one told
    counted = make_report(*_report("Polisi menyelamatkan 2 bayi dari penampungan.", [("victims_rescued", 2, None)],
                                   "c-1"))
    assert merge_figures([sold, counted])["victims"]["value"] == 2


def test_the_whole_group_a_report_counts_beats_the_parts_the_others_say_belong_to_it() -> None:
    whole = make_report(*_report("Sebanyak 9 korban TPPO tiba di Kupang.", [("victims", 9, None)], "a-1",
                                 "2026-01-20"))
    part = make_report(*_report("Sebanyak 5 pemuda korban TPPO pulang ke Soe. Mereka bagian dari 9 korban asal NTT",
                                [("victims", 5, None), ("victims", 9, None)], "b-1", "2026-01-21"))
    other_part = make_report(*_report("Sebanyak 4 warga korban TPPO diserahkan ke keluarga. Mereka merupakan bagian "
                                      "dari 9 korban asal NTT", [("victims", 4, None), ("victims", 9, None)], "c-1",
                                      "2026-01-22"))
    assert part.wholes == {9} and other_part.wholes == {9}
    figure = merge_figures([whole, part, other_part])["victims"]
    assert (figure["value"], figure["rule"]) == (9, "whole group (a report counts the group the other reports say "
                                                    "their part belongs to)")


def test_a_cases_total_told_again_with_a_new_figure_is_an_update() -> None:
    article, record = _report("Penyidik menemukan 2 calon pekerja migran lain di sebuah hotel. Dengan temuan ini, "
                              "jumlah korban dalam kasus pengiriman ART ke Arab Saudi menjadi 18 orang.",
                              [("victims", 2, None), ("victims", 18, None)])
    assert headline_figures(article, record)["victims"].value == 18
    # negative: a plain second number with no update word does not win over the one given more often
    article, record = _report("Penyidik menemukan 2 calon pekerja migran lain di sebuah hotel. Keduanya 2 perempuan "
                              "asal Cianjur. Pelaku pernah mengirim 18 orang.",
                              [("victims", 2, None), ("victims_female", 2, None), ("victims", 18, None)])
    assert headline_figures(article, record)["victims"].value == 2


def test_another_network_than_the_earlier_cases_is_a_separate_case() -> None:
    from pantau.incidents.reports import says_separate

    assert says_separate("\"Ini jaringan yang berbeda dari kasus Rabu lalu,\" kata Kapolresta Barelang.")
    assert says_separate("Kasus ini berbeda dari kasus pekan lalu.")
    # negative: a network told as the same one's is no separate case
    assert not says_separate("Polisi menduga jaringan ini sama dengan kasus Rabu lalu.")


def test_the_body_of_one_migrant_worker_brought_home_is_one_victim() -> None:
    body = make_report(*_report("Jenazah Yosina Nabuasa (29), pekerja migran asal Kabupaten Timor Tengah Selatan, "
                                "tiba di Kupang. Polres TTS memburu 2 perekrut.", [("suspects", 2, None)], "a-1"))
    assert merge_figures([body])["victims"]["value"] == 1
    # negative: bodies of several workers told without a number give no figure
    bodies = make_report(*_report("Jenazah para pekerja migran tiba di Kupang. Polres TTS memburu 2 perekrut.",
                                  [("suspects", 2, None)], "b-1"))
    assert "victims" not in merge_figures([bodies])


def test_one_person_a_suspect_sent_abroad_is_one_victim() -> None:
    sent = make_report(*_report("Polres Lampung Selatan menangkap 2 sponsor yang diduga mengirim seorang perempuan "
                                "ke Malaysia sebagai asisten rumah tangga. Korban tidak digaji selama setahun.",
                                [("suspects", 2, None)], "c-1"))
    assert merge_figures([sent])["victims"]["value"] == 1


def test_a_sentence_saying_the_total_grew_to_the_figure_makes_it_an_update() -> None:
    report = make_report(*_report("Polisi menyelamatkan 7 anak dari karaoke. Satu korban ditemukan belakangan, "
                                  "sehingga jumlah korban menjadi tujuh orang.", [("victims_rescued", 7, None)], "u-1"))
    assert "victims_rescued" in report.updated
    # negative: a total that grew to another number says nothing of this figure
    report = make_report(*_report("Polisi menyelamatkan 7 anak dari karaoke. Di kota lain, jumlah korban kasus "
                                  "serupa bertambah menjadi sebelas orang.", [("victims_rescued", 7, None)], "u-2"))
    assert "victims_rescued" not in report.updated
