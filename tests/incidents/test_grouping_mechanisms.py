"""Why reports of one event join and reports of different events stay apart: one pair that must join and one that
must stay apart for each mechanism of the grouping rules (articles written by the team for these tests)."""

from __future__ import annotations

from pantau.incidents import suspect_initials
from pantau.incidents.clustering import group_reports, linked
from pantau.incidents.reports import Report, make_report, report_features, report_from_features
from pantau.incidents.statistics import reads_as_statistics, statistics_of

PLACES = {  # name -> (level, province, code)
    "Kota Batam": ("city", "Kepulauan Riau", "21.71"),
    "Kepulauan Riau": ("province", "Kepulauan Riau", "21"),
    "Pelabuhan Batam Centre": ("place", "Kepulauan Riau", None),
    "Pelabuhan Internasional Batam Centre": ("place", "Kepulauan Riau", None),
    "Sumatera Utara": ("province", "Sumatera Utara", "12"),
    "Kabupaten Deli Serdang": ("regency", "Sumatera Utara", "12.07"),
    "Bandara Internasional Kualanamu": ("place", "Sumatera Utara", None),
    "Kota Medan": ("city", "Sumatera Utara", "12.71"),
    "Kota Binjai": ("city", "Sumatera Utara", "12.75"),
    "Kabupaten Asahan": ("regency", "Sumatera Utara", "12.09"),
    "Kabupaten Garut": ("regency", "Jawa Barat", "32.05"),
    "Kabupaten Tasikmalaya": ("regency", "Jawa Barat", "32.06"),
    "Kabupaten Probolinggo": ("regency", "Jawa Timur", "35.13"),
    "Jawa Timur": ("province", "Jawa Timur", "35"),
    "Kabupaten Pasuruan": ("regency", "Jawa Timur", "35.14"),
    "Jawa Barat": ("province", "Jawa Barat", "32"),
    "Kota Bandung": ("city", "Jawa Barat", "32.73"),
    "Kisaran": ("place", "Sumatera Utara", None),  # the seat of Kabupaten Asahan
    "Kecamatan Pancur Batu": ("district", "Sumatera Utara", "12.07.05"),
    "Kecamatan Sunggal": ("district", "Sumatera Utara", "12.07.08"),
    "Kabupaten Lombok Tengah": ("regency", "Nusa Tenggara Barat", "52.02"),
    "Nusa Tenggara Barat": ("province", "Nusa Tenggara Barat", "52"),
    "Kalimantan Utara": ("province", "Kalimantan Utara", "65"),
    "Kota Kupang": ("city", "Nusa Tenggara Timur", "53.71"),
    "Kota Langsa": ("city", "Aceh", "11.74"),
    "Kabupaten Kupang": ("regency", "Nusa Tenggara Timur", "53.01"),
    "Kabupaten Timor Tengah Selatan": ("regency", "Nusa Tenggara Timur", "53.02"),
    "Nusa Tenggara Timur": ("province", "Nusa Tenggara Timur", "53"),
}


def report(article_id: str, day: str, text: str, *, title: str = "", event_date: str | None = None,
           places: dict[str, str] | None = None, victims: int | None = None, role: str = "victims",
           agencies: tuple[str, ...] = (), modus: tuple[str, ...] = ("migrant_worker",),
           parts: dict[int, str] | None = None, destinations: tuple[str, ...] = (),
           suspects: int | None = None) -> Report:
    """A report as the extractor would give it: ``places`` name -> role; the victims count comes from the first
    sentence naming the number; ``parts`` are further victims counts (number -> the region it counts);
    ``suspects`` a count of suspects."""
    evidence = {"start": 0, "end": len(text)}
    counts = []

    def count(value: int, scope: str | None) -> dict:
        start = max(text.rfind(".", 0, text.find(str(value))) + 1, 0)
        end = text.find(".", start) + 1 or len(text)
        return {"role": role, "value": value, "about_tppo": True, "scope": scope,
                "evidence": {"start": start, "end": end}}

    if victims is not None:
        counts = [count(victims, None)]
    counts += [count(value, scope) for value, scope in (parts or {}).items()]
    if suspects is not None:
        counts.append({**count(suspects, None), "role": "suspects"})
    locations = []
    for name, place_roles in (places or {}).items():  # "victims_origin,agency_region": named in both roles
        level, province, code = PLACES[name]
        roles = place_roles.split(",")
        locations.append({"name": name, "level": level, "province": province, "code": code, "role": roles[0],
                          "roles": roles, "evidence": evidence})
    article = {"id": article_id, "title": title or text.split(".")[0], "text": text, "published": day,
               "url": f"https://example.id/{article_id}", "source": article_id.split("-")[-1]}
    record = {"id": article_id, "relevant": True, "event_type": "incident", "event_date": event_date or day,
              "locations": locations, "counts": counts, "modus": list(modus), "destinations": list(destinations),
              "agencies": [{"name": name, "evidence": evidence} for name in agencies]}
    return make_report(article, record)


def kept(rep: Report) -> Report:
    """The report as incremental grouping sees it again, from its stored features."""
    return report_from_features(rep.article_id, "", report_features(rep), rep.attach_only)


def joined(a: Report, b: Report) -> bool:
    together = linked(a, b)
    assert linked(kept(a), kept(b)) == together == linked(b, a)  # stored features and order give the same answer
    return together


# A vague first figure: "belasan" and the count given the next day.

def test_a_vague_first_figure_joins_the_count_given_the_next_day() -> None:
    first = report("port-a-kepri", "2026-02-02",
                   "Petugas menggagalkan keberangkatan belasan calon PMI di Pelabuhan Internasional Batam Centre. "
                   "Jumlah pastinya masih didata.", places={"Pelabuhan Internasional Batam Centre": "event",
                                                            "Kepulauan Riau": "mention"})
    counted = report("port-a-batam", "2026-02-03",
                     "Polresta Barelang mendata 15 calon PMI yang digagalkan di Pelabuhan Batam Centre. "
                     "Mereka hendak ke Johor.", event_date="2026-02-02", victims=15,
                     places={"Kota Batam": "mention", "Pelabuhan Batam Centre": "event"},
                     agencies=("Polresta Barelang",))
    assert first.vague == (11, 19) and first.value("victims") == 0
    assert joined(first, counted)


def test_another_interception_at_the_same_port_days_later_stays_apart() -> None:
    first = report("port-a-kepri", "2026-02-02",
                   "Petugas menggagalkan keberangkatan belasan calon PMI di Pelabuhan Internasional Batam Centre.",
                   places={"Pelabuhan Internasional Batam Centre": "event", "Kepulauan Riau": "mention"})
    other = report("port-b-batam", "2026-02-05",
                   "Polresta Barelang kembali menggagalkan lima calon PMI di Pelabuhan Batam Centre. Mereka "
                   "menyelamatkan 5 orang.", victims=5,
                   places={"Kota Batam": "event", "Pelabuhan Batam Centre": "event"}, agencies=("Polresta Barelang",))
    counted = report("port-a-batam", "2026-02-03",
                     "Polresta Barelang mendata 15 calon PMI yang digagalkan di Pelabuhan Batam Centre. "
                     "Mereka hendak ke Johor.", event_date="2026-02-02", victims=15,
                     places={"Kota Batam": "mention", "Pelabuhan Batam Centre": "event"},
                     agencies=("Polresta Barelang",))
    assert not joined(first, other)
    assert not joined(counted, other)  # 15 and 5 people: other groups, whatever else they share


def test_two_interceptions_at_one_port_days_apart_without_numbers_stay_apart() -> None:
    """Neither gives a number: the port, the unit and the modus are shared, but the port speaks for one event only
    on the same day, and the news cycle only when the event days are no further apart than a report's lag."""
    first = report("gate-one", "2026-04-06",
                   "Polresta Barelang menggagalkan keberangkatan belasan calon PMI di Pelabuhan Batam Centre, Senin.",
                   places={"Kota Batam": "event", "Pelabuhan Batam Centre": "event"}, agencies=("Polresta Barelang",))
    follow_up = report("gate-one-next", "2026-04-08",
                       "Polresta Barelang memeriksa calon PMI yang digagalkan di Pelabuhan Batam Centre pada Senin.",
                       event_date="2026-04-06", places={"Kota Batam": "event", "Pelabuhan Batam Centre": "event"},
                       agencies=("Polresta Barelang",))
    other = report("gate-two", "2026-04-09",
                   "Polresta Barelang kembali menggagalkan keberangkatan calon PMI di Pelabuhan Batam Centre.",
                   places={"Kota Batam": "event", "Pelabuhan Batam Centre": "event"}, agencies=("Polresta Barelang",))
    assert joined(first, follow_up)
    assert not joined(first, other) and not joined(follow_up, other)


# A figure the later report says is an update.

def test_a_figure_that_grew_joins_when_the_later_report_says_so() -> None:
    early = report("shelter-early", "2026-03-09",
                   "Polres Probolinggo menemukan 30 perempuan di penampungan ilegal. Pendataan masih berjalan.",
                   victims=30, places={"Kabupaten Probolinggo": "event"}, agencies=("Satreskrim Polres Probolinggo",))
    grown = report("shelter-grown", "2026-03-11",
                   "Jumlah korban penampungan ilegal itu bertambah menjadi 33 orang. Polres Probolinggo menahan "
                   "pengelolanya.", event_date="2026-03-11", victims=33, places={"Kabupaten Probolinggo": "mention"},
                   agencies=("Polres Probolinggo",))
    assert grown.updated == frozenset({"victims"})
    assert joined(early, grown)


def test_a_far_other_figure_of_the_same_unit_in_the_same_week_stays_apart() -> None:
    first = report("raid-one", "2026-03-09",
                   "Polres Probolinggo menggerebek penampungan dan menyelamatkan 30 perempuan. Pelaku kabur.",
                   victims=30, places={"Kabupaten Probolinggo": "event"}, agencies=("Polres Probolinggo",))
    second = report("raid-two", "2026-03-11",
                    "Polres Probolinggo menggerebek rumah kos dan menyelamatkan 4 perempuan. Pemiliknya diperiksa.",
                    victims=4, places={"Kabupaten Probolinggo": "event"}, agencies=("Polres Probolinggo",))
    assert not joined(first, second)


# A region given at different levels: the province and an airport, or only the victims' home towns.

def test_a_report_placed_by_its_airport_or_province_joins_the_one_naming_the_regency() -> None:
    by_airport = report("airport-waspada", "2026-05-04",
                        "Polda Sumut menggagalkan keberangkatan 7 pemuda ke Kamboja di Bandara Internasional "
                        "Kualanamu. Mereka warga Medan dan Binjai.", victims=7,
                        places={"Sumatera Utara": "agency_region", "Bandara Internasional Kualanamu": "event",
                                "Kota Medan": "victims_origin", "Kota Binjai": "victims_origin"},
                        agencies=("Polda Sumut",), modus=("online_scam",))
    by_homes = report("airport-medan", "2026-05-05",
                      "Polda Sumut menangkap perekrut 7 pemuda asal Medan dan Binjai yang batal ke Kamboja. "
                      "Perekrut ditahan.", event_date="2026-05-05", victims=7,
                      places={"Sumatera Utara": "agency_region", "Kota Medan": "victims_origin",
                              "Kota Binjai": "victims_origin"}, agencies=("Polda Sumut",), modus=("online_scam",))
    by_regency = report("airport-deli", "2026-05-05",
                        "Tujuh pemuda digagalkan di Kabupaten Deli Serdang. Polda Sumut memeriksa 7 orang itu.",
                        event_date="2026-05-04", victims=7, places={"Kabupaten Deli Serdang": "event"},
                        agencies=("Polda Sumut",), modus=("online_scam",))
    assert "12.07" in by_airport.codes()  # the airport's regency
    assert joined(by_airport, by_regency) and joined(by_homes, by_regency)


def test_a_report_placed_only_by_its_province_needs_more_than_the_unit_and_the_day() -> None:
    provincial = report("polda-release", "2026-05-11",
                        "Polda Sumut menggagalkan pengiriman calon PMI ke Malaysia. Penyidik masih mendata korban.",
                        places={"Sumatera Utara": "agency_region"}, agencies=("Polda Sumut",))
    elsewhere = report("polda-asahan", "2026-05-12",
                       "Polda Sumut menggerebek penampungan calon PMI di Kabupaten Asahan. Pemiliknya diperiksa.",
                       event_date="2026-05-12", places={"Kabupaten Asahan": "event"}, agencies=("Polda Sumut",))
    assert not joined(provincial, elsewhere)


def test_neighbouring_regencies_on_the_same_day_stay_apart() -> None:
    garut = report("garut-raid", "2026-06-01",
                   "Polres Garut menyelamatkan 6 calon PMI dari penampungan. Sponsor ditangkap.", victims=6,
                   places={"Kabupaten Garut": "event"}, agencies=("Polres Garut",))
    tasik = report("tasik-raid", "2026-06-01",
                   "Polres Tasikmalaya menyelamatkan 6 calon PMI dari penampungan. Sponsor ditangkap.", victims=6,
                   places={"Kabupaten Tasikmalaya": "event"}, agencies=("Polres Tasikmalaya",))
    assert not joined(garut, tasik)


# A follow-up days later: suspects named, the same victims.

def test_a_follow_up_days_later_with_the_same_victims_and_unit_joins() -> None:
    first = report("abk-first", "2026-07-01",
                   "Satreskrim Polres Pasuruan menyelidiki agen penyalur setelah 9 ABK asal Pasuruan ditelantarkan "
                   "di kapal asing. Mereka dipulangkan.", victims=9,
                   places={"Kabupaten Pasuruan": "victims_origin"}, agencies=("Satreskrim Polres Pasuruan",),
                   modus=("ship_crew",))
    follow_up = report("abk-suspects", "2026-07-07",
                       "Polres Pasuruan menetapkan direktur agen berinisial KW (50) sebagai tersangka. Ia "
                       "memberangkatkan 9 warga Pasuruan menjadi ABK.", victims=9,
                       places={"Kabupaten Pasuruan": "victims_origin"}, agencies=("Polres Pasuruan",),
                       modus=("ship_crew",))
    assert joined(first, follow_up)


def test_another_case_of_the_unit_two_weeks_later_stays_apart() -> None:
    first = report("abk-first", "2026-07-01",
                   "Satreskrim Polres Pasuruan menyelidiki agen penyalur setelah 9 ABK asal Pasuruan ditelantarkan "
                   "di kapal asing.", victims=9, places={"Kabupaten Pasuruan": "victims_origin"},
                   agencies=("Satreskrim Polres Pasuruan",), modus=("ship_crew",))
    other = report("abk-other", "2026-07-15",
                   "Polres Pasuruan menangkap perekrut berinisial LM (41). Ia mengirim 3 ABK asal Pasuruan ke "
                   "Taiwan.", victims=3, places={"Kabupaten Pasuruan": "victims_origin"},
                   agencies=("Polres Pasuruan",), modus=("ship_crew",))
    assert not joined(first, other)


def test_a_second_suspect_days_later_in_a_case_of_as_many_victims_joins() -> None:
    first = report("raid-first", "2026-07-01",
                   "Satreskrim Polres Pasuruan menggerebek penampungan dan menyelamatkan 6 perempuan calon PMI. "
                   "Polisi menangkap sponsor berinisial UH (55).", victims=6,
                   places={"Kabupaten Pasuruan": "event"}, agencies=("Satreskrim Polres Pasuruan",))
    second = report("raid-second-suspect", "2026-07-07",
                    "Polres Pasuruan menangkap HD (46), tersangka kedua dalam kasus penampungan 6 calon PMI itu.",
                    victims=6, places={"Kabupaten Pasuruan": "event"}, agencies=("Polres Pasuruan",))
    other = report("raid-other", "2026-07-07",
                   "Polres Pasuruan menangkap HD (46) yang mengirim 6 calon PMI ke Malaysia.", victims=6,
                   places={"Kabupaten Pasuruan": "event"}, agencies=("Polres Pasuruan",))
    assert second.adds_suspect and not first.adds_suspect
    assert joined(first, second)
    assert not joined(first, other)  # other initials, no suspect said to be added: another case
    # an arrest told as coming days after the case's first act is a suspect added to it
    after = report("raid-after", "2026-07-03",
                   "Polres Pasuruan menangkap perekrut berinisial SW (47), dua hari setelah 6 calon PMI diselamatkan "
                   "dari penampungan.", victims=6, places={"Kabupaten Pasuruan": "event"},
                   agencies=("Polres Pasuruan",))
    assert after.adds_suspect and joined(first, after)
    # ... even caught ten days later, in the case's regency (the later day is no other event)
    later = report("raid-later", "2026-07-11",
                   "Polres Pasuruan menetapkan SW (47) sebagai tersangka penampungan 6 calon PMI. SW ditangkap di "
                   "Surabaya setelah sempat kabur usai penggerebekan awal Juli.", victims=6,
                   places={"Kabupaten Pasuruan": "event"}, agencies=("Polres Pasuruan",))
    assert later.adds_suspect and joined(first, later)
    # negative: a first report telling of its own later arrest deep in its text adds no suspect to another case
    own = report("raid-own", "2026-07-07",
                 "Satreskrim Polres Pasuruan menyelamatkan 6 perempuan di sebuah karaoke. Mereka dijanjikan kerja di "
                 "restoran. Pengelola berinisial NN (40) diamankan. Perekrutnya, KT (38), ditangkap di Malang dua "
                 "hari setelah penggerebekan.", victims=6, places={"Kabupaten Pasuruan": "event"},
                 agencies=("Satreskrim Polres Pasuruan",))
    assert not own.adds_suspect
    # suspects named in the case of a group stopped "pekan lalu": the same case, told on
    named = report("port-named", "2026-07-08",
                   "Polres Pasuruan menetapkan dua sponsor, HR (46) dan NH (40), sebagai tersangka pengiriman 6 "
                   "perempuan yang digagalkan di Pelabuhan Pasuruan pekan lalu.", victims=6,
                   places={"Kabupaten Pasuruan": "event"}, agencies=("Polres Pasuruan",))
    assert named.adds_suspect


def test_news_of_people_stopped_before_joins_the_interception() -> None:
    stopped = report("badas-stopped", "2026-08-11",
                     "Satreskrim Polres Pasuruan menggagalkan pengiriman 7 perempuan ke Arab Saudi di pelabuhan.",
                     victims=7, places={"Kabupaten Pasuruan": "event"}, agencies=("Polres Pasuruan",))
    home = report("badas-home", "2026-08-13",
                  "Disnakertrans memulangkan 7 perempuan yang sebelumnya digagalkan keberangkatannya di pelabuhan ke "
                  "desa asal mereka.", victims=7, places={"Kabupaten Pasuruan": "event"},
                  agencies=("Disnakertrans Kabupaten Pasuruan",))
    assert home.follows_up and not stopped.follows_up
    assert joined(stopped, home)
    # negative: news of another number of people stopped before is of another interception
    other = report("badas-other", "2026-08-13",
                   "Disnakertrans memulangkan 12 perempuan yang sebelumnya digagalkan keberangkatannya di pelabuhan.",
                   victims=12, places={"Kabupaten Pasuruan": "event"},
                   agencies=("Disnakertrans Kabupaten Pasuruan",))
    assert not joined(stopped, other)
    # a sending home of people rescued, with no "sebelumnya": the rescue came first
    rescued = report("kafe-rescued", "2026-08-11",
                     "Satreskrim Polres Pasuruan menyelamatkan 7 perempuan dari dua kafe di Kecamatan Pandaan.",
                     victims=7, places={"Kabupaten Pasuruan": "event"}, agencies=("Polres Pasuruan",))
    sent_home = report("kafe-home", "2026-08-14",
                       "Dinas Sosial memfasilitasi pemulangan 7 perempuan korban TPPO yang diselamatkan dari kafe di "
                       "Pandaan.", victims=7, places={"Kabupaten Pasuruan": "event"},
                       agencies=("Dinas Sosial Jawa Timur",))
    assert sent_home.follows_up and joined(rescued, sent_home)
    assert not report("kafe-again", "2026-08-14", "Polisi menyelamatkan 7 perempuan dari kafe di Pandaan.",
                      victims=7, places={"Kabupaten Pasuruan": "event"}).follows_up


def test_suspects_named_for_a_site_raided_last_week_join_the_raid_told_vaguely() -> None:
    raid = report("mes-raid", "2026-11-04",
                  "Satreskrim Polres Pasuruan menggerebek sebuah mes penyalur awak kapal. Di lokasi, polisi mendapati "
                  "belasan pemuda yang disiapkan bekerja di kapal ikan asing tanpa dokumen.",
                  title="Polres Pasuruan Gerebek Mes Calon ABK, Belasan Pemuda Diselamatkan",
                  places={"Kabupaten Pasuruan": "event"}, agencies=("Polres Pasuruan",), modus=("ship_crew",))
    named = report("mes-suspects", "2026-11-11",
                   "Polres Pasuruan menetapkan direktur perusahaan penyalur sebagai tersangka. Ia bertanggung jawab "
                   "atas penampungan 12 calon ABK di mes perusahaan yang digerebek pekan lalu.",
                   title="Direktur Penyalur ABK Ditetapkan Tersangka", victims=12,
                   places={"Kabupaten Pasuruan": "event"}, agencies=("Polres Pasuruan",), modus=("ship_crew",))
    assert named.follows_up and raid.vague == (11, 19)
    assert joined(raid, named)
    # negative: a count beyond the vague first figure is of other people
    other = report("mes-other", "2026-11-11",
                   "Polres Pasuruan menetapkan direktur perusahaan penyalur sebagai tersangka. Ia bertanggung jawab "
                   "atas penampungan 25 calon ABK di mes perusahaan yang digerebek pekan lalu.",
                   title="Direktur Penyalur ABK Ditetapkan Tersangka", victims=25,
                   places={"Kabupaten Pasuruan": "event"}, agencies=("Polres Pasuruan",), modus=("ship_crew",))
    assert not joined(raid, other)


def test_a_report_naming_only_some_of_its_suspects_joins_one_naming_others() -> None:
    first = report("port-first", "2026-04-15",
                   "Polda Sumut menyelamatkan 15 calon PMI di Pelabuhan Teluk Nibung. Dua tekong berinisial SP (50) "
                   "dan RH (33) ditangkap.", victims=15, suspects=2,
                   places={"Kabupaten Asahan": "event"}, agencies=("Polda Sumut",))
    later = report("port-later", "2026-04-17",
                   "Polda Sumut menetapkan 3 tersangka. Selain dua tekong, penyidik menangkap perekrut berinisial NH "
                   "(39). Jumlah korban bertambah menjadi 17 orang.", victims=17, suspects=3,
                   places={"Kabupaten Asahan": "event"}, agencies=("Polda Sumut",))
    named_all = report("port-other", "2026-04-17",
                       "Polda Sumut menangkap 1 tersangka berinisial NH (39). Sebanyak 17 calon PMI diselamatkan.",
                       victims=17, suspects=1, places={"Kabupaten Asahan": "event"}, agencies=("Polda Sumut",))
    assert joined(first, later)  # three suspects, one named: the two named before may be the others
    assert not joined(first, named_all)  # its one suspect named, and another than the earlier two: another case


def test_event_sites_in_two_regencies_do_not_speak_of_another_raid() -> None:
    from pantau.incidents.clustering import _site_score

    airport = report("gate-a", "2026-04-15", "Imigrasi menunda keberangkatan 9 warga di Bandara Internasional "
                     "Kualanamu.", victims=9, places={"Bandara Internasional Kualanamu": "event"})
    recruiter = report("gate-b", "2026-04-17", "Polisi menangkap perekrut kesembilan warga itu di Kisaran.", victims=9,
                       places={"Kisaran": "event", "Bandara Internasional Kualanamu": "mention"})
    district = report("gate-c", "2026-04-17", "Polisi menggerebek penampungan 9 warga di Kecamatan Pancur Batu.",
                      victims=9, places={"Kecamatan Pancur Batu": "event"})
    assert _site_score(airport, recruiter) == 1.0  # Kisaran lies in Asahan: the airport both name is the site
    assert _site_score(airport, district) == -1.0  # another place in the airport's regency: another raid


def test_an_update_whose_added_victims_were_found_elsewhere_in_the_regency_joins() -> None:
    first = report("raid-first", "2026-05-12", "Ditreskrimum Polda Sumut menemukan 7 pemuda calon ABK di sebuah mes di "
                   "Kecamatan Pancur Batu.", victims=7, places={"Kecamatan Pancur Batu": "event"},
                   agencies=("Polda Sumut",), modus=("ship_crew",))
    update = report("raid-update", "2026-05-14", "Jumlah korban perekrutan ABK itu bertambah menjadi 9 orang. Dua "
                    "korban lain ditemukan di Kecamatan Sunggal.", victims=9, places={"Kecamatan Sunggal": "event"},
                    agencies=("Polda Sumut",), modus=("ship_crew",))
    other = report("raid-other", "2026-05-14", "Polda Sumut menemukan 9 pemuda calon ABK di Kecamatan Sunggal.",
                   victims=9, places={"Kecamatan Sunggal": "event"}, agencies=("Polda Sumut",), modus=("ship_crew",))
    assert joined(first, update)
    assert not joined(first, other)  # another site, no update told: another raid


# A report saying its case is another than the earlier one.

def test_a_report_that_says_its_case_is_separate_joins_only_its_own_day() -> None:
    earlier = report("gate-first", "2026-08-03",
                     "Imigrasi menunda keberangkatan 5 perempuan di Bandara Internasional Kualanamu. Mereka "
                     "hendak ke Kuala Lumpur.", victims=5,
                     places={"Bandara Internasional Kualanamu": "event", "Sumatera Utara": "agency_region"},
                     agencies=("Polda Sumut",))
    separate = report("gate-second", "2026-08-05",
                      "Imigrasi kembali menunda keberangkatan 5 perempuan di Bandara Internasional Kualanamu. "
                      "Ini kasus terpisah dari yang sebelumnya.", victims=5,
                      places={"Bandara Internasional Kualanamu": "event", "Sumatera Utara": "agency_region",
                              "Kabupaten Asahan": "victims_origin"}, agencies=("Polda Sumut",))
    same_day = report("gate-second-next", "2026-08-06",
                      "Polda Sumut memeriksa 5 perempuan asal Asahan yang ditunda di Bandara Internasional "
                      "Kualanamu. Kasus ini tidak berkaitan dengan penundaan sebelumnya.", event_date="2026-08-05",
                      victims=5, places={"Bandara Internasional Kualanamu": "event",
                                         "Sumatera Utara": "agency_region", "Kabupaten Asahan": "victims_origin"},
                      agencies=("Polda Sumut",))
    assert separate.separate and not earlier.separate
    assert not joined(earlier, separate)
    assert joined(separate, same_day)
    other_words = report("gate-third", "2026-08-05",
                         "Imigrasi mencegah 4 pemuda ke Kamboja di Bandara Internasional Kualanamu. Pencegahan ini "
                         "berbeda dari kasus 5 perempuan yang ditunda Senin lalu.", victims=4,
                         places={"Bandara Internasional Kualanamu": "event"}, agencies=("Polda Sumut",))
    assert other_words.separate
    groups = group_reports([earlier, separate, same_day])
    assert sorted(len(group) for group in groups) == [1, 2]


# Suspects named with their age; agencies compared by the body a unit belongs to.

def test_suspects_named_with_their_age_in_a_suspects_sentence() -> None:
    text = ("Dua tersangka itu adalah kapten kapal JT (51) dan pemilik agen berinisial WS (45). "
            "Korban termuda, AS (16), masih sekolah.")
    assert suspect_initials(text) == {"JT", "WS"}
    two = "Tersangka BR (43) menyewa rumah penampungan, sedangkan ZA (37) membeli tiket."
    assert suspect_initials(two) == {"BR", "ZA"}
    assert suspect_initials("Tersangka HN (40) menjual MR (15) kepada pria hidung belang.") == {"HN"}


def test_a_unit_and_its_body_are_one_agency() -> None:
    unit = report("unit", "2026-09-01", "Satreskrim Polres Garut menangkap sponsor.",
                  agencies=("Satreskrim Polres Garut",))
    body = report("body", "2026-09-01", "Polres Garut menangkap sponsor.", agencies=("Polres Garut",))
    assert "polres garut" in unit.agencies & body.agencies


# Statistics never join.

def test_a_headline_opening_with_a_span_of_time_is_statistics() -> None:
    assert reads_as_statistics({"title": "Hingga Oktober, 75 Calon PMI Digagalkan di Pelabuhan Kupang"})
    assert reads_as_statistics({"title": "Sejak Januari 2026, BP3MI Pulangkan 40 Jenazah"})
    assert not reads_as_statistics({"title": "Sepuluh Calon PMI Diamankan di Bandara, Hingga Kini Perekrut Buron"})


def test_figures_of_the_same_period_are_period_totals() -> None:
    text = ("BP3MI mencatat 90 pemulangan sejak Januari hingga September 2026. Pada periode yang sama petugas "
            "mencegah keberangkatan 140 calon PMI.")
    evidence = {"start": text.index("Pada"), "end": len(text)}
    article = {"id": "period", "title": "BP3MI Catat Pemulangan", "text": text, "published": "2026-10-01"}
    record = {"id": "period", "relevant": True, "event_type": "incident", "locations": [], "agencies": [],
              "counts": [{"role": "victims_rescued", "value": 140, "about_tppo": True, "scope": None,
                          "evidence": evidence}]}
    assert make_report(article, record).value("victims") == 0
    assert [stat["figures"] for stat in statistics_of(article, record)] == [{"victims_rescued": 140}]


# Suspects named by how a case goes on: after their role, apposed, arrested, sentenced, in a case file.

def test_suspects_named_as_a_case_goes_on() -> None:
    assert suspect_initials("Polisi menetapkan pemilik panti pijat, DK, sebagai tersangka.") == {"DK"}
    assert suspect_initials("Dua terdakwa kasus penyaluran ABK ke Fiji, RA dan TW, menjalani sidang.") == {"RA", "TW"}
    assert suspect_initials("Perekrutnya, AP, sudah ditahan polisi.") == {"AP"}  # a recruiter apposed
    assert suspect_initials("Selain calo desa UB, polisi menangkap pemodalnya berinisial KS (44).") == {"UB", "KS"}
    # after the business they run ("Pengelola bar FT"), beside another suspect named "berinisial"
    assert suspect_initials("Pengelola bar FT dan perekrut berinisial IM (38) ditetapkan sebagai tersangka TPPO.") \
        == {"FT", "IM"}
    assert suspect_initials("Hakim menjatuhkan hukuman enam tahun penjara kepada PW (52).") == {"PW"}
    assert suspect_initials("ZN ditangkap Polres Sikka sepekan lalu.") == {"ZN"}
    assert suspect_initials("Penyidik mengirim berkas perkara kakak beradik OT dan IR ke kejaksaan.") == {"OT", "IR"}
    # a place's abbreviation, a prosecutor, a victim apposed: no suspect's initials
    assert suspect_initials("Pelaku asal NTT itu dan perekrut lapangan TTS masih diburu.") == set()
    assert suspect_initials("Berkas perkara dikirim ke JPU pekan ini.") == set()
    assert suspect_initials("Pelaku menjual korban anak, MS, kepada tamu.") == set()


# A trial or a verdict months later: the same suspects and the same count, in the same regency.

COURT_PLACES = {"Kabupaten Garut": "event"}


def test_a_verdict_months_later_naming_the_suspect_and_count_joins() -> None:
    raid = report("sawah-raid", "2026-02-10",
                  "Polres Garut menangkap penyalur berinisial NK (46) yang menjanjikan kerja di Korea kepada 6 "
                  "petani muda. Mereka ditampung di gudang.", victims=6, places=COURT_PLACES,
                  agencies=("Polres Garut",))
    verdict = report("sawah-verdict", "2026-07-28",
                     "Pengadilan Negeri Garut menjatuhkan vonis tujuh tahun penjara kepada NK (46). Terdakwa "
                     "terbukti memberangkatkan 6 petani muda tanpa izin.", victims=6, places=COURT_PLACES,
                     agencies=("Pengadilan Negeri Garut",))
    assert joined(raid, verdict)
    groups = group_reports([verdict, raid])
    assert [len(group) for group in groups] == [2]


def test_a_verdict_months_later_for_another_count_or_suspect_stays_apart() -> None:
    raid = report("sawah-raid", "2026-02-10",
                  "Polres Garut menangkap penyalur berinisial NK (46) dan DS (39) yang menjanjikan kerja di Korea "
                  "kepada 6 petani muda.", victims=6, places=COURT_PLACES, agencies=("Polres Garut",))
    other_count = report("gudang-verdict", "2026-09-15",
                         "Pengadilan Negeri Garut memvonis terdakwa NK (46) dan DS (39). Keduanya terbukti "
                         "mengirim 15 buruh ke Malaysia.", victims=15, places=COURT_PLACES,
                         agencies=("Pengadilan Negeri Garut",))
    other_suspect = report("pasar-verdict", "2026-06-02",
                           "Hakim menjatuhkan vonis lima tahun penjara kepada RH (41) yang menjual 6 perempuan.",
                           victims=6, places=COURT_PLACES, agencies=("Pengadilan Negeri Garut",))
    assert not joined(raid, other_count)
    assert not joined(raid, other_suspect)


# A report that names a regency only in passing (a middleman's town) is placed by its province.

def test_a_report_naming_a_regency_only_in_passing_joins_through_the_suspects() -> None:
    raid = report("lapo-raid", "2026-10-05",
                  "Satreskrim Polres Pasuruan membebaskan 5 perempuan dari sebuah kafe. Pemilik kafe berinisial "
                  "DW (47) diamankan.", victims=5, places={"Kabupaten Pasuruan": "event"},
                  agencies=("Satreskrim Polres Pasuruan",), modus=("sexual_exploitation",))
    suspect = report("lapo-suspect", "2026-10-06",
                     "Pemilik kafe berinisial DW ditetapkan sebagai tersangka setelah 5 perempuan dibebaskan. DW "
                     "merekrut mereka melalui perantara di Probolinggo.", victims=5,
                     places={"Kabupaten Probolinggo": "transit", "Jawa Timur": "mention"},
                     agencies=("Dinas Sosial Jawa Timur",), modus=("sexual_exploitation",))
    assert joined(raid, suspect)


def test_a_report_naming_a_regency_only_in_passing_needs_more_than_a_count_and_a_day() -> None:
    raid = report("lapo-raid", "2026-10-05",
                  "Satreskrim Polres Pasuruan membebaskan 5 perempuan dari sebuah kafe.", victims=5,
                  places={"Kabupaten Pasuruan": "event"}, agencies=("Satreskrim Polres Pasuruan",),
                  modus=("sexual_exploitation",))
    other = report("kos-raid", "2026-10-06",
                   "Dinas Sosial menampung 5 perempuan korban eksploitasi yang direkrut melalui perantara di "
                   "Probolinggo.", victims=5, places={"Kabupaten Probolinggo": "transit", "Jawa Timur": "mention"},
                   agencies=("Dinas Sosial Jawa Timur",), modus=("sexual_exploitation",))
    assert not joined(raid, other)


# The same large count: ten or more people counted alike are rarely two groups.

def test_the_same_large_count_days_later_joins_without_a_shared_agency() -> None:
    raid = report("gudang-raid", "2026-11-02",
                  "Polres Pasuruan menemukan 23 calon PMI di sebuah gudang yang dijadikan penampungan.",
                  victims=23, places={"Kabupaten Pasuruan": "event"}, agencies=("Polres Pasuruan",))
    homes = report("gudang-homes", "2026-11-04",
                   "Dinas Tenaga Kerja Kabupaten Pasuruan memulangkan 23 calon PMI korban penampungan gudang.",
                   victims=23, places={"Kabupaten Pasuruan": "agency_region"},
                   agencies=("Dinas Tenaga Kerja Kabupaten Pasuruan",))
    assert joined(raid, homes)


def test_the_same_small_count_days_later_without_more_in_common_stays_apart() -> None:
    raid = report("gudang-raid", "2026-11-02",
                  "Polres Pasuruan menemukan 4 calon PMI di sebuah gudang yang dijadikan penampungan.",
                  victims=4, places={"Kabupaten Pasuruan": "event"}, agencies=("Polres Pasuruan",))
    homes = report("kebun-homes", "2026-11-04",
                   "Dinas Tenaga Kerja Kabupaten Pasuruan memulangkan 4 calon PMI dari Malaysia.",
                   victims=4, places={"Kabupaten Pasuruan": "agency_region"},
                   agencies=("Dinas Tenaga Kerja Kabupaten Pasuruan",))
    assert not joined(raid, homes)


# A group abroad told by each home region's office: each report counts its own people and gives the others'.

def test_a_group_abroad_told_from_two_home_regions_joins_and_is_placed_by_their_province() -> None:
    from pantau.incidents.build import build_incident

    garut = report("scam-garut", "2026-12-01",
                   "Enam warga Garut korban penipuan daring di Myanmar tiba di rumah. Mereka bagian dari 10 "
                   "warga Jawa Barat yang dibebaskan. Empat lainnya warga Tasikmalaya.", victims=6,
                   places={"Kabupaten Garut": "victims_origin,agency_region",
                           "Kabupaten Tasikmalaya": "victims_origin"},
                   agencies=("Dinas Sosial Kabupaten Garut",), modus=("online_scam",),
                   parts={10: "Jawa Barat", 4: "Kabupaten Tasikmalaya"})
    tasik = report("scam-tasik", "2026-12-02",
                   "Empat warga Tasikmalaya pulang dari Myanmar bersama enam warga Garut. Mereka dipaksa menipu.",
                   event_date="2026-12-01", victims=4,
                   places={"Kabupaten Tasikmalaya": "victims_origin,agency_region", "Jawa Barat": "agency_region"},
                   agencies=("Dinas Sosial Kabupaten Tasikmalaya",), modus=("online_scam",), parts={6: "Garut"})
    assert joined(garut, tasik)
    assert build_incident([garut, tasik])["place"]["name"] == "Jawa Barat"


def test_a_part_naming_the_whole_and_the_wholes_home_report_join_though_neither_names_the_other() -> None:
    garut = report("pulang-garut", "2026-12-01",
                   "Tujuh warga Garut korban penipuan daring di Kamboja tiba di rumah. Mereka bagian dari 12 "
                   "warga Jawa Barat yang dipulangkan.", victims=7,
                   places={"Kabupaten Garut": "victims_origin,agency_region"},
                   agencies=("Dinas Sosial Kabupaten Garut",), modus=("online_scam",), parts={12: "Jawa Barat"})
    tasik = report("pulang-tasik", "2026-12-01",
                   "Pemkab Tasikmalaya menyambut 12 warga Jawa Barat yang dipulangkan dari Kamboja.", victims=12,
                   places={"Kabupaten Tasikmalaya": "agency_region", "Jawa Barat": "victims_origin"},
                   agencies=("Pemerintah Kabupaten Tasikmalaya",), modus=())
    assert joined(garut, tasik)
    # another group the same day, whose report names no whole: apart
    other = report("pulang-tasik-lain", "2026-12-01",
                   "Pemkab Tasikmalaya menyambut 5 warga yang dipulangkan dari Malaysia.", victims=5,
                   places={"Kabupaten Tasikmalaya": "agency_region", "Jawa Barat": "victims_origin"},
                   agencies=("Pemerintah Kabupaten Tasikmalaya",), modus=())
    assert not joined(garut, other)


def test_a_group_abroad_told_from_its_home_and_its_recruiters_caught_there_are_placed_at_that_home() -> None:
    home = report("scam-home", "2026-10-07",
                  "Enam warga Kota Medan korban penipuan daring di Kamboja tiba di Bandara Kualanamu. Keluarga "
                  "melapor ke Polda Sumut.", victims=6,
                  places={"Kota Medan": "victims_origin", "Sumatera Utara": "agency_region"},
                  agencies=("Polda Sumut",), modus=("online_scam",), destinations=("Cambodia",))
    recruiters = report("scam-recruiters", "2026-10-09",
                        "Polda Sumut menangkap dua perekrut warga Kota Medan ke Kamboja. Korban berjumlah 8 orang.",
                        victims=8, places={"Kota Medan": "event,victims_origin", "Sumatera Utara": "agency_region"},
                        agencies=("Polda Sumut",), modus=("online_scam",), destinations=("Cambodia",), suspects=2)
    from pantau.incidents.clustering import place_match

    assert place_match(home, recruiters) == "local"
    # negative: a raid at home on a venue there, with no country abroad, is placed by the province only
    raid = report("kafe-home", "2026-10-09", "Polda Sumut menggerebek kafe di Kota Medan dan menyelamatkan 8 korban.",
                  victims=8, places={"Kota Medan": "event,victims_origin", "Sumatera Utara": "agency_region"},
                  agencies=("Polda Sumut",), modus=("sexual_exploitation",))
    assert place_match(home, raid) == "province"


def test_a_group_told_at_an_office_elsewhere_and_a_homecoming_stay_apart() -> None:
    office = report("passport-bandung", "2026-12-01",
                    "Kantor Imigrasi Bandung menolak paspor 6 warga Garut yang diduga akan bekerja ilegal.",
                    victims=6, places={"Kabupaten Garut": "victims_origin", "Kota Bandung": "agency_region"},
                    agencies=("Dinas Sosial Jawa Barat",), modus=("online_scam",))
    home = report("homecoming-garut", "2026-12-01",
                  "Dinas Sosial Kabupaten Garut memulangkan 6 warga Garut dari Myanmar.", victims=6,
                  places={"Kabupaten Garut": "victims_origin,agency_region"},
                  agencies=("Dinas Sosial Jawa Barat",), modus=("online_scam",))
    assert not joined(office, home)


# An update said in the headline or another sentence giving the same number, or a count said to be corrected.

def test_an_update_the_headline_names_makes_the_later_figure_an_update() -> None:
    first = report("kafe-first", "2026-03-02",
                   "Polres Garut membebaskan 6 perempuan dari sebuah kafe. Pemiliknya diperiksa.", victims=6,
                   places={"Kabupaten Garut": "event"}, agencies=("Polres Garut",), modus=("sexual_exploitation",))
    later = report("kafe-later", "2026-03-03",
                   "Dua dari 7 korban masih anak. Polres Garut menemukan satu korban lagi di mes karyawan kafe.",
                   victims=7, title="Korban Kafe di Garut Bertambah Jadi Tujuh Orang, Dua Masih Anak",
                   places={"Kabupaten Garut": "event"}, agencies=("Polres Garut",), modus=("sexual_exploitation",))
    assert later.updated == {"victims"}
    assert joined(first, later)
    corrected = report("kafe-corrected", "2026-03-03",
                       "Korban kafe itu ternyata 7 orang, bukan enam seperti dilaporkan sebelumnya.", victims=7,
                       places={"Kabupaten Garut": "event"}, modus=("sexual_exploitation",))
    assert corrected.updated == {"victims"}


def test_the_next_sentence_saying_the_figure_grew_makes_it_an_update() -> None:
    first = report("repat-first", "2026-03-01",
                   "BP3MI Jawa Barat menjemput 6 pekerja migran korban TPPO asal Garut di bandara.", victims=6,
                   places={"Kabupaten Garut": "victims_origin"}, agencies=("BP3MI Jawa Barat",))
    later = report("repat-later", "2026-03-02",
                   "BP3MI Jawa Barat menyerahkan 7 korban TPPO kepada Pemkab Garut. Jumlah itu bertambah satu orang "
                   "dari rombongan kemarin.", victims=7, places={"Kabupaten Garut": "victims_origin"},
                   agencies=("BP3MI Jawa Barat",))
    assert later.updated == {"victims"} and joined(first, later)
    plain = report("repat-plain", "2026-03-02",
                   "BP3MI Jawa Barat menyerahkan 7 korban TPPO kepada Pemkab Garut. Mereka tiba kemarin.", victims=7,
                   places={"Kabupaten Garut": "victims_origin"}, agencies=("BP3MI Jawa Barat",))
    assert not plain.updated
    # one more victim found, told right after the figure
    found = report("repat-found", "2026-03-02",
                   "BP3MI Jawa Barat menyebut 7 korban TPPO asal Garut. Satu korban tambahan ditemukan di sebuah "
                   "klinik.", victims=7, places={"Kabupaten Garut": "victims_origin"}, agencies=("BP3MI Jawa Barat",))
    assert found.updated == {"victims"}


def test_a_total_that_reached_its_figure_once_more_people_were_found_is_an_update() -> None:
    first = report("shelter-first", "2026-10-20",
                   "Satreskrim Polres Garut membongkar penampungan ilegal dan menemukan 19 perempuan calon PMI.",
                   victims=19, places={"Kabupaten Garut": "event"}, agencies=("Polres Garut",))
    later = report("shelter-later", "2026-10-21",
                   "Jumlah calon pekerja migran yang diselamatkan dari penampungan itu mencapai 21 orang, setelah dua "
                   "perempuan lain didapati di sebuah klinik.", victims=21, places={"Kabupaten Garut": "event"},
                   agencies=("Polres Garut",))
    assert later.updated == {"victims"} and joined(first, later)
    plain = report("shelter-plain", "2026-10-21",
                   "Jumlah calon pekerja migran yang diselamatkan dari penampungan itu mencapai 21 orang.", victims=21,
                   places={"Kabupaten Garut": "event"}, agencies=("Polres Garut",))
    assert not plain.updated


def test_a_headline_update_names_only_its_own_number() -> None:
    later = report("kafe-later", "2026-03-03",
                   "Dua dari 7 korban masih anak. Dua anak itu berusia 15 tahun.", victims=2,
                   title="Korban Kafe di Garut Bertambah Jadi Tujuh Orang, Dua Masih Anak",
                   places={"Kabupaten Garut": "event"}, modus=("sexual_exploitation",))
    assert later.value("victims") == 2 and not later.updated
    other = report("kafe-other", "2026-03-02",
                   "Polres Garut membebaskan 6 perempuan dari sebuah kafe.", victims=6,
                   places={"Kabupaten Garut": "event"}, agencies=("Polres Garut",), modus=("sexual_exploitation",))
    assert not joined(other, later)


# A case file weeks later that names no suspect: the court stage, the same count, unit and homes.

def test_a_case_file_weeks_later_naming_no_suspect_joins_through_count_unit_and_homes() -> None:
    raid = report("gudang-raid", "2026-04-01",
                  "Polres Garut menyelamatkan 6 calon PMI dari penampungan di gudang. Mereka warga Tasikmalaya.",
                  victims=6, places={"Kabupaten Garut": "event", "Kabupaten Tasikmalaya": "victims_origin"},
                  agencies=("Polres Garut",))
    case_file = report("gudang-berkas", "2026-04-22",
                       "Polres Garut melimpahkan berkas perkara pemilik gudang penampungan 6 calon PMI asal "
                       "Tasikmalaya ke kejaksaan.", victims=6,
                       places={"Kabupaten Garut": "event", "Kabupaten Tasikmalaya": "victims_origin"},
                       agencies=("Polres Garut",))
    assert case_file.court and joined(raid, case_file)


def test_another_raid_of_the_unit_weeks_later_with_the_same_count_stays_apart() -> None:
    raid = report("gudang-raid", "2026-04-01",
                  "Polres Garut menyelamatkan 6 calon PMI dari penampungan di gudang. Mereka warga Tasikmalaya.",
                  victims=6, places={"Kabupaten Garut": "event", "Kabupaten Tasikmalaya": "victims_origin"},
                  agencies=("Polres Garut",))
    again = report("ruko-raid", "2026-04-22",
                   "Polres Garut kembali menyelamatkan 6 calon PMI asal Tasikmalaya dari sebuah ruko.", victims=6,
                   places={"Kabupaten Garut": "event", "Kabupaten Tasikmalaya": "victims_origin"},
                   agencies=("Polres Garut",))
    assert not again.court and not joined(raid, again)


# Where it happened when no report names the event place or an agency's region: a place named in passing before
# the victims' homes.

def test_a_place_named_in_passing_places_an_incident_before_the_victims_homes() -> None:
    from pantau.incidents.places import choose_place

    stopped = report("port-stop", "2026-05-20",
                     "Tiga perempuan asal Garut dicegah naik kapal. Mereka dibawa ke kantor polisi di Kota Bandung.",
                     victims=3, places={"Kabupaten Garut": "victims_origin", "Kota Bandung": "mention"})
    assert choose_place([stopped.locations])["name"] == "Kota Bandung"
    at_event = report("port-stop-2", "2026-05-20", "Tiga perempuan asal Garut dicegah di Kabupaten Tasikmalaya.",
                      victims=3, places={"Kabupaten Garut": "victims_origin", "Kota Bandung": "mention",
                                         "Kabupaten Tasikmalaya": "event"})
    assert choose_place([at_event.locations])["name"] == "Kabupaten Tasikmalaya"
    homes_only = report("port-stop-3", "2026-05-20", "Tiga perempuan asal Garut dicegah naik kapal.", victims=3,
                        places={"Kabupaten Garut": "victims_origin"})
    assert choose_place([homes_only.locations])["name"] == "Kabupaten Garut"


def test_of_two_provinces_acting_the_one_holding_a_regency_named_places_the_incident() -> None:
    """Seven men of Lombok Tengah sent home through Nunukan, by "BP3MI Kalimantan Utara dan BP3MI NTB"."""
    from pantau.incidents.places import choose_place

    def place(name: str, roles: list[str], start: int) -> dict:
        level, province, code = PLACES[name]
        return {"name": name, "level": level, "province": province, "code": code, "roles": roles,
                "evidence": {"start": start, "end": start + 20}}

    home = place("Kabupaten Lombok Tengah", ["victims_origin"], 0)
    transit_office = place("Kalimantan Utara", ["agency_region"], 100)
    home_office = place("Nusa Tenggara Barat", ["victims_origin", "agency_region"], 130)
    assert choose_place([[home, transit_office, home_office]])["name"] == "Kabupaten Lombok Tengah"
    # negative: a regency of a province no agency of the report sits in does not move it
    assert choose_place([[home, transit_office]])["name"] == "Kalimantan Utara"


def test_the_benchmark_compares_place_names_as_one_spelling() -> None:
    from pantau.incidents.evaluation import _same_name

    assert _same_name("Kota Tanjung Pinang", "Kota Tanjungpinang") and _same_name(None, None)
    assert not _same_name("Kota Bandung", "Kabupaten Bandung") and not _same_name(3, 4)


def test_a_regional_body_is_one_agency_whatever_form_names_its_region() -> None:
    short = report("kukar-short", "2026-09-01", "Polres Kukar menangkap sponsor.", agencies=("Polres Kukar",))
    full = report("kukar-full", "2026-09-01", "Polresta Kutai Kartanegara menangkap sponsor.",
                  agencies=("Polresta Kutai Kartanegara",))
    other = report("kubar", "2026-09-01", "Polres Kutai Barat menangkap sponsor.", agencies=("Polres Kutai Barat",))
    assert short.agencies & full.agencies
    assert not short.agencies & other.agencies


# An early count the report says is not final: a larger later count speaks little against it.

def test_a_larger_count_after_a_count_said_not_final_joins() -> None:
    early = report("ruko-early", "2026-08-10",
                   "Polres Garut menemukan 8 calon PMI asal Tasikmalaya di sebuah ruko. Jumlah pasti korban masih "
                   "didata.", victims=8, places={"Kabupaten Garut": "event", "Kabupaten Tasikmalaya": "victims_origin"},
                   agencies=("Polres Garut",))
    later = report("ruko-later", "2026-08-11",
                   "Polres Garut memastikan 14 calon PMI asal Tasikmalaya diselamatkan dari ruko itu.", victims=14,
                   event_date="2026-08-10",
                   places={"Kabupaten Garut": "event", "Kabupaten Tasikmalaya": "victims_origin"},
                   agencies=("Polres Garut",))
    assert early.provisional and joined(early, later)


def test_a_larger_count_after_a_final_count_stays_apart() -> None:
    early = report("ruko-early", "2026-08-10",
                   "Polres Garut menemukan 8 calon PMI asal Tasikmalaya di sebuah ruko. Pemiliknya diperiksa.",
                   victims=8, places={"Kabupaten Garut": "event", "Kabupaten Tasikmalaya": "victims_origin"},
                   agencies=("Polres Garut",))
    later = report("gudang-later", "2026-08-11",
                   "Polres Garut menyelamatkan 14 calon PMI asal Tasikmalaya dari sebuah gudang.", victims=14,
                   event_date="2026-08-10",
                   places={"Kabupaten Garut": "event", "Kabupaten Tasikmalaya": "victims_origin"},
                   agencies=("Polres Garut",))
    assert not early.provisional and not joined(early, later)


def test_a_trial_at_the_court_of_a_neighbouring_city_joins_through_two_suspects() -> None:
    raid = report("kebun-raid", "2026-03-05",
                  "Polresta Deli Serdang menangkap tersangka berinisial GT (41) dan WM (38) yang menampung 9 calon "
                  "PMI di sebuah kebun.", victims=9, places={"Kabupaten Deli Serdang": "event"},
                  agencies=("Polresta Deli Serdang",))
    trial = report("kebun-trial", "2026-06-16",
                   "Dua terdakwa, GT dan WM, menjalani sidang dakwaan di Pengadilan Negeri Medan. Jaksa menyebut "
                   "keduanya menampung 9 calon PMI.", victims=9, places={"Kota Medan": "agency_region"},
                   agencies=("Pengadilan Negeri Medan",))
    assert trial.court and joined(raid, trial)
    one_suspect = report("pasar-trial", "2026-06-16",
                         "Terdakwa berinisial GT menjalani sidang di Pengadilan Negeri Medan karena menjual 9 "
                         "perempuan.", victims=9, places={"Kota Medan": "agency_region"},
                         agencies=("Pengadilan Negeri Medan",))
    assert not joined(raid, one_suspect)


# A suspect's acts over a span are that case's figures, not a period total.

def test_a_sentence_telling_a_suspects_acts_over_a_span_is_no_period_total() -> None:
    verdict = report("spa-verdict", "2026-10-12",
                     "Hakim memvonis terdakwa berinisial HN (52). HN terbukti menjual 4 remaja putri di sebuah "
                     "penginapan sejak Maret hingga Mei 2026.", victims=4, places={"Kabupaten Garut": "event"})
    assert verdict.value("victims") == 4
    assert statistics_of(verdict.article, verdict.record) == []
    tally = report("spa-tally", "2026-10-12",
                   "Hakim memvonis terdakwa berinisial HN (52). Sejak Maret hingga Mei 2026, Polres Garut menangani "
                   "4 kasus serupa.", victims=4, places={"Kabupaten Garut": "event"})
    assert tally.value("victims") == 0 and len(statistics_of(tally.article, tally.record)) == 1


# Suspects named as the report goes on: the sentence after the one calling them suspects, a relative clause, the
# person held apposed, the person charged.

def test_suspects_named_as_the_report_goes_on_are_read() -> None:
    assert suspect_initials("Polres Garut menetapkan tiga tersangka. Ketiganya ialah OB (47), pengelola kafe, "
                            "seorang perempuan berinisial LT (31).") == {"OB", "LT"}
    assert suspect_initials("Kantor itu milik DN, yang ditangkap Polres Garut pekan ini.") == {"DN"}
    assert suspect_initials("Polisi menahan YD, pemilik warung. YD dijerat pasal berlapis.") == {"YD"}
    assert suspect_initials("KB, pemilik rumah, kini ditahan.") == {"KB"}
    # no suspect's sentence before it, or a victim held: no suspect's initials
    assert suspect_initials("Ketiganya ialah AN (19) dan BT (20), pelayan kafe.") == set()
    assert suspect_initials("Pelaku merekrut dua perempuan. Keduanya ialah AN (22) dan BT (25).") == set()
    assert suspect_initials("Korban, AN, ditahan majikannya selama setahun.") == set()


def test_a_follow_up_naming_one_more_suspect_joins_and_another_units_case_stays_apart() -> None:
    raid = report("kafe-raid", "2026-05-04",
                  "Polres Garut menggerebek sebuah kafe dan membebaskan 5 perempuan. Pengelola berinisial OB (47) "
                  "diperiksa.", victims=5, places={"Kabupaten Garut": "event"}, agencies=("Polres Garut",),
                  modus=("sexual_exploitation",))
    named = report("kafe-tersangka", "2026-05-08",
                   "Polres Garut menetapkan tiga tersangka kasus kafe itu. Ketiganya ialah OB (47), pengelola kafe, "
                   "perekrut berinisial LT (31) serta sopir UM (36). Jumlah korban 5 orang.", victims=5,
                   places={"Kabupaten Garut": "agency_region"}, agencies=("Polres Garut",),
                   modus=("sexual_exploitation",))
    assert joined(raid, named)
    other = report("warung-tersangka", "2026-05-08",
                   "Polres Garut menetapkan tiga tersangka kasus warung. Ketiganya ialah YD (50), pemilik warung, dan "
                   "perekrut berinisial DA (33) serta sopir IK (29). Korban 5 orang.", victims=5,
                   places={"Kabupaten Garut": "agency_region"}, agencies=("Polres Garut",),
                   modus=("sexual_exploitation",))
    assert not joined(raid, other)


# A report not judged relevant weeks later (a case file handed to prosecutors) joins as a follow-up does.

def test_an_attach_only_case_file_weeks_later_joins_through_its_suspect_and_count() -> None:
    from dataclasses import replace

    raid = report("michat-raid", "2026-04-06",
                  "Polres Garut menangkap muncikari berinisial FZ yang menjual 3 anak lewat aplikasi.", victims=3,
                  places={"Kabupaten Garut": "event"}, agencies=("Polres Garut",), modus=("sexual_exploitation",))
    case_file = replace(report("michat-tahap2", "2026-05-18",
                               "Penyidik Polres Garut melimpahkan tersangka FZ ke kejaksaan. FZ menjual 3 anak.",
                               victims=3, places={"Kabupaten Garut": "agency_region"}, agencies=("Polres Garut",)),
                        attach_only=True)
    assert [len(group) for group in group_reports([raid, case_file])] == [2]
    another = replace(report("warung-tahap2", "2026-05-18",
                             "Penyidik Polres Garut melimpahkan tersangka GM ke kejaksaan. GM menjual 3 anak.",
                             victims=3, places={"Kabupaten Garut": "agency_region"}, agencies=("Polres Garut",)),
                      attach_only=True)
    assert [len(group) for group in group_reports([raid, another])] == [1]


# One report counts its part of a group and names the whole the other report counts.

def test_a_part_of_a_group_naming_the_whole_joins_the_report_of_the_whole() -> None:
    garut = report("scam-garut", "2026-12-01",
                   "Sebanyak 6 warga Garut korban penipuan daring di Myanmar tiba di rumah. Mereka bagian dari 10 "
                   "warga Jawa Barat yang dibebaskan.", victims=6,
                   places={"Kabupaten Garut": "victims_origin,agency_region",
                           "Kabupaten Tasikmalaya": "victims_origin"},
                   agencies=("Dinas Sosial Kabupaten Garut",), modus=("online_scam",), parts={10: "Jawa Barat"})
    whole = report("scam-tasik", "2026-12-02",
                   "Sebanyak 10 warga Jawa Barat pulang dari Myanmar, empat di antaranya warga Tasikmalaya.",
                   event_date="2026-12-01", victims=10,
                   places={"Kabupaten Tasikmalaya": "victims_origin,agency_region",
                           "Kabupaten Garut": "victims_origin"},
                   agencies=("Dinas Sosial Kabupaten Tasikmalaya",), modus=("online_scam",))
    assert garut.wholes == {10} and joined(garut, whole)


def test_a_larger_number_named_in_passing_is_no_whole_of_the_group() -> None:
    garut = report("scam-garut", "2026-12-01",
                   "Sebanyak 6 warga Garut korban penipuan daring di Myanmar tiba di rumah. Tahun lalu 10 warga lain "
                   "pulang dari negara itu.", victims=6,
                   places={"Kabupaten Garut": "victims_origin,agency_region",
                           "Kabupaten Tasikmalaya": "victims_origin"},
                   agencies=("Dinas Sosial Kabupaten Garut",), modus=("online_scam",), parts={10: "Jawa Barat"})
    whole = report("scam-tasik", "2026-12-02",
                   "Sebanyak 10 warga Jawa Barat pulang dari Myanmar, empat di antaranya warga Tasikmalaya.",
                   event_date="2026-12-01", victims=10,
                   places={"Kabupaten Tasikmalaya": "victims_origin,agency_region",
                           "Kabupaten Garut": "victims_origin"},
                   agencies=("Dinas Sosial Kabupaten Tasikmalaya",), modus=("online_scam",))
    assert not garut.wholes and not joined(garut, whole)


# The figure a report stands behind: the count its headline or a sentence gives as an update.

def test_the_count_the_headline_updates_to_is_the_reports_figure() -> None:
    later = report("kafe-later", "2026-03-03",
                   "Sebanyak 3 korban lain ditemukan di gudang. Tiga dari 12 korban masih remaja.", victims=3,
                   title="Korban Gudang di Garut Jadi 12 Orang, Tiga Masih Remaja",
                   places={"Kabupaten Garut": "event"}, modus=("sexual_exploitation",), parts={12: None})
    assert later.value("victims") == 12 and later.updated == {"victims"}
    plain = report("kafe-plain", "2026-03-03",
                   "Sebanyak 3 korban lain ditemukan di gudang. Tiga dari 12 korban masih remaja.", victims=3,
                   title="Tiga Korban Lagi Ditemukan di Gudang Garut",
                   places={"Kabupaten Garut": "event"}, modus=("sexual_exploitation",), parts={12: None})
    assert plain.value("victims") == 3


# A report counting only a part of its group ("tiga di antaranya remaja") speaks against no larger count.

def test_a_part_count_does_not_contradict_the_whole() -> None:
    raid = report("kafe-raid", "2026-05-04",
                  "Polres Garut membebaskan 7 perempuan dari sebuah kafe. Pengelola berinisial OB (47) diperiksa.",
                  victims=7, places={"Kabupaten Garut": "event"}, agencies=("Polres Garut",),
                  modus=("sexual_exploitation",))
    part = report("kafe-tersangka", "2026-05-11",
                  "Polres Garut menetapkan OB (47) sebagai tersangka. 3 korban di antaranya remaja.",
                  role="victims_child", parts={3: "of 7"}, places={"Kabupaten Garut": "agency_region"},
                  agencies=("Polres Garut",), modus=("sexual_exploitation",))
    assert part.partial and joined(raid, part)
    whole = report("kafe-tersangka2", "2026-05-11",
                   "Polres Garut menetapkan OB (47) sebagai tersangka. Korbannya 3 orang.", victims=3,
                   places={"Kabupaten Garut": "agency_region"}, agencies=("Polres Garut",),
                   modus=("sexual_exploitation",))
    assert not whole.partial and not joined(raid, whole)


# A count updated days later at the same port: the update tells of the earlier report's interception.

def test_an_update_at_the_same_port_days_later_joins() -> None:
    first = report("port-first", "2026-03-16",
                   "Sebanyak 27 calon PMI diamankan di Pelabuhan Internasional Batam Centre. Identitas mereka masih "
                   "didata.", victims=27, places={"Pelabuhan Internasional Batam Centre": "event",
                                                            "Kota Batam": "event"}, agencies=("BP3MI Kepulauan Riau",))
    later = report("port-later", "2026-03-19",
                   "BP3MI menyiapkan pemulangan 31 calon PMI yang digagalkan di Pelabuhan Batam Centre.", victims=31,
                   places={"Pelabuhan Batam Centre": "event", "Kota Batam": "event"},
                   agencies=("BP3MI Kepulauan Riau",))
    assert first.provisional and joined(first, later)


def test_another_interception_at_the_port_days_later_stays_apart() -> None:
    first = report("port-first", "2026-03-16",
                   "Sebanyak 27 calon PMI diamankan di Pelabuhan Internasional Batam Centre. Mereka dipulangkan.",
                   victims=27, places={"Pelabuhan Internasional Batam Centre": "event", "Kota Batam": "event"},
                   agencies=("BP3MI Kepulauan Riau",))
    later = report("port-later", "2026-03-19",
                   "Sebanyak 31 calon PMI kembali diamankan di Pelabuhan Batam Centre.", victims=31,
                   places={"Pelabuhan Batam Centre": "event", "Kota Batam": "event"},
                   agencies=("BP3MI Kepulauan Riau",))
    assert not first.provisional and not joined(first, later)
    counting = report("port-first", "2026-03-16",
                      "Sebanyak 27 calon PMI diamankan di Pelabuhan Internasional Batam Centre. Identitas mereka "
                      "masih didata.", victims=27, places={"Pelabuhan Internasional Batam Centre": "event",
                                                           "Kota Batam": "event"}, agencies=("BP3MI Kepulauan Riau",))
    again = report("port-again", "2026-03-19",
                   "Petugas kembali menggagalkan keberangkatan 31 calon PMI di Pelabuhan Batam Centre.", victims=31,
                   places={"Pelabuhan Batam Centre": "event", "Kota Batam": "event"},
                   agencies=("BP3MI Kepulauan Riau",))
    assert counting.provisional and again.again and not joined(counting, again)


# A regency known only through the airport a report names is named where the airport is named.

def _airport_report(article_id: str, text: str, airport_at: int, town_at: int) -> Report:
    def at(start: int) -> dict:
        return {"start": start, "end": text.find(".", start) + 1}

    article = {"id": article_id, "title": text.split(".")[0], "text": text, "published": "2026-11-05",
               "url": f"https://example.id/{article_id}", "source": "test"}
    record = {"id": article_id, "relevant": True, "event_type": "incident", "event_date": "2026-11-03",
              "counts": [], "modus": ["migrant_worker"], "agencies": [], "locations": [
                  {"name": "Bandara Kualanamu", "level": "place", "province": "Sumatera Utara", "code": None,
                   "role": "event", "roles": ["event"], "evidence": at(airport_at)},
                  {"name": "Kota Binjai", "level": "city", "province": "Sumatera Utara", "code": "12.75",
                   "role": "event", "roles": ["event"], "evidence": at(town_at)}]}
    return make_report(article, record)


def test_the_airport_named_first_places_the_incident_before_a_town_named_later() -> None:
    from pantau.incidents.build import build_incident

    text = ("Keberangkatan enam calon PMI digagalkan di Bandara Kualanamu. Mereka warga Aceh. "
            "Sebelumnya mereka ditampung di sebuah rumah di Kota Binjai.")
    airport_first = _airport_report("kualanamu-airport", text, 0, text.index("Sebelumnya"))
    assert build_incident([airport_first])["place"]["name"] == "Kabupaten Deli Serdang"
    text = ("Enam calon PMI digerebek di sebuah rumah di Kota Binjai. Mereka warga Aceh. "
            "Mereka akan diterbangkan lewat Bandara Kualanamu.")
    town_first = _airport_report("binjai-house", text, text.index("Mereka akan"), 0)
    assert build_incident([town_first])["place"]["name"] == "Kota Binjai"


# A group told in parts in one sentence: the parts add up to the count another report gives.

def _home_report(article_id: str, day: str, text: str, victims: int, parts: dict[int, str | None]) -> Report:
    return report(article_id, day, text, victims=victims, parts=parts, modus=("forced_labour",),
                  places={"Kabupaten Garut": "victims_origin,agency_region"},
                  agencies=("Dinas Sosial Kabupaten Garut",))


def test_parts_told_in_one_sentence_join_the_report_of_their_sum() -> None:
    parts = _home_report("kebun-parts", "2026-07-02",
                         "Sebanyak 5 pekerja kebun sudah pulang ke Garut, sedangkan 4 lainnya masih dirawat.",
                         5, {4: None})
    whole = _home_report("kebun-whole", "2026-07-03", "Sebanyak 9 pekerja kebun asal Garut dipulangkan.", 9, {})
    assert parts.wholes == {9} and joined(parts, whole)
    other = _home_report("kebun-other", "2026-07-02",
                         "Sebanyak 5 pekerja kebun sudah pulang ke Garut, sedangkan 2 lainnya masih dirawat.",
                         5, {2: None})
    assert other.wholes == {7} and not joined(other, whole)


def test_parts_adding_up_to_the_whole_a_report_names_give_the_incidents_figure() -> None:
    from pantau.incidents.build import build_incident

    garut = report("scam-garut", "2026-12-01",
                   "Sebanyak 6 warga Garut korban penipuan daring tiba di rumah. Mereka bagian dari 10 "
                   "warga Jawa Barat yang dibebaskan.", victims=6,
                   places={"Kabupaten Garut": "victims_origin,agency_region",
                           "Kabupaten Tasikmalaya": "victims_origin"},
                   agencies=("Dinas Sosial Kabupaten Garut",), modus=("online_scam",), parts={10: "Jawa Barat"})
    tasik = report("scam-tasik", "2026-12-02",
                   "Sebanyak 4 warga Tasikmalaya pulang bersama 6 warga Garut.", event_date="2026-12-01", victims=4,
                   places={"Kabupaten Tasikmalaya": "victims_origin,agency_region", "Jawa Barat": "agency_region"},
                   agencies=("Dinas Sosial Kabupaten Tasikmalaya",), modus=("online_scam",), parts={6: "Garut"})
    figure = build_incident([garut, tasik])["figures"]["victims"]
    assert figure["value"] == 10 and figure["rule"].startswith("whole group")


# The same initials with other ages are other people: another case of the unit in the same month.

def test_suspects_sharing_initials_but_not_ages_are_other_people() -> None:
    karaoke = report("karaoke-raid", "2026-10-03",
                     "Polres Garut menggerebek karaoke dan menetapkan tersangka berinisial JK (45) dan PW (38). "
                     "Sebanyak 4 anak diselamatkan.", victims=4, places={"Kabupaten Garut": "event"},
                     agencies=("Polres Garut",), modus=("sexual_exploitation",))
    sending = report("kapal-sending", "2026-10-13",
                     "Polres Garut menangkap dua pelaku berinisial JK (41) dan PW (36) yang hendak mengirim 5 "
                     "perempuan ke Malaysia.", victims=5, places={"Kabupaten Garut": "agency_region"},
                     agencies=("Polres Garut",), modus=("sexual_exploitation",))
    assert karaoke.ages == {"JK": 45, "PW": 38} and not joined(karaoke, sending)
    named = report("karaoke-tersangka", "2026-10-13",
                   "Polres Garut melengkapi berkas tersangka JK (45) dan PW (38) kasus karaoke yang menjual 4 anak.",
                   victims=4, places={"Kabupaten Garut": "agency_region"}, agencies=("Polres Garut",),
                   modus=("sexual_exploitation",))
    assert joined(karaoke, named)


def test_a_case_file_weeks_later_naming_the_first_suspect_and_one_caught_later_joins() -> None:
    raid = report("losmen-raid", "2026-04-19",
                  "Polres Garut menggerebek losmen dan menyelamatkan 3 anak. Pengelola berinisial YN diamankan.",
                  victims=3, places={"Kabupaten Garut": "event"}, agencies=("Polres Garut",),
                  modus=("sexual_exploitation",))
    case_file = report("losmen-berkas", "2026-05-06",
                       "Polres Garut melimpahkan berkas tersangka YN dan LS ke kejaksaan. LS ditangkap belakangan. "
                       "Korban 4 anak.", victims=4, places={"Kabupaten Garut": "agency_region"},
                       agencies=("Polres Garut",), modus=("sexual_exploitation",))
    assert joined(raid, case_file)
    other = report("losmen-lain", "2026-05-06",
                   "Polres Garut melimpahkan berkas tersangka YN dan LS ke kejaksaan. Korban 4 anak.", victims=4,
                   places={"Kabupaten Garut": "agency_region"}, agencies=("Polres Garut",),
                   modus=("sexual_exploitation",))
    first = report("losmen-raid-b", "2026-04-19",
                   "Polres Garut menggerebek losmen dan menyelamatkan 3 anak. Pengelola berinisial YN dan AR "
                   "diamankan.", victims=3, places={"Kabupaten Garut": "event"}, agencies=("Polres Garut",),
                   modus=("sexual_exploitation",))
    assert not joined(first, other)  # AR is not named again: another case of a suspect with the same initials
    courier = report("kurir-raid", "2026-04-19", "Polres Garut mengamankan kurir narkoba berinisial YN.",
                     places={"Kabupaten Garut": "event"}, agencies=("Polres Garut",), modus=())
    assert not joined(courier, case_file)  # one shared initial weeks apart, no kind of case in common


# Two home regions' reports each counting its own part of a group both name, told from the victims' homes.

def test_two_parts_of_a_group_both_reports_name_join_and_are_placed_by_their_province() -> None:
    from pantau.incidents.build import build_incident

    garut = report("pulang-garut", "2026-12-01",
                   "Tujuh warga Garut korban penipuan daring di Kamboja tiba di rumah. Mereka bagian dari rombongan "
                   "11 warga Jawa Barat yang dipulangkan.", victims=7,
                   places={"Kabupaten Garut": "victims_origin,agency_region"},
                   agencies=("Dinas Sosial Kabupaten Garut",), modus=("online_scam",), parts={11: "Jawa Barat"})
    tasik = report("pulang-tasik", "2026-12-02",
                   "Empat pemuda Tasikmalaya pulang dari Kamboja. Keempatnya termasuk dalam 11 warga Jawa Barat "
                   "yang dipulangkan.", event_date="2026-12-01", victims=4,
                   places={"Kabupaten Tasikmalaya": "victims_origin", "Jawa Barat": "agency_region"},
                   agencies=("BP3MI Jawa Barat",), modus=("online_scam",), parts={11: "Jawa Barat"})
    assert 11 in garut.wholes & tasik.wholes and joined(garut, tasik)
    incident = build_incident([garut, tasik])
    assert incident["place"]["name"] == "Jawa Barat" and incident["figures"]["victims"]["value"] == 11
    # parts that do not fit in the group both name: apart
    more = report("pulang-tasik-lain", "2026-12-02",
                  "Sembilan pemuda Tasikmalaya pulang dari Kamboja. Mereka termasuk dalam 11 warga Jawa Barat "
                  "yang dipulangkan.", event_date="2026-12-01", victims=9,
                  places={"Kabupaten Tasikmalaya": "victims_origin", "Jawa Barat": "agency_region"},
                  agencies=("BP3MI Jawa Barat",), modus=("online_scam",), parts={11: "Jawa Barat"})
    assert not joined(garut, more)


# A feature that names no date: its event date is only the day it was published.

def test_a_report_naming_no_date_is_not_held_apart_by_its_publication_day() -> None:
    raid = report("weda-a", "2026-05-06",
                  "Polda Maluku Utara menyelamatkan 7 perempuan dari tempat hiburan di Weda, Senin (4/5/2026).",
                  event_date="2026-05-04", victims=7, places={"Kota Batam": "event"},
                  agencies=("Polda Maluku Utara",), modus=("sexual_exploitation",))
    feature = report("weda-b", "2026-05-08",
                     "Ketujuh perempuan yang diselamatkan polisi dari tempat hiburan pekan ini bercerita. Sebanyak 7 "
                     "korban kini di rumah aman.", victims=7, places={"Kota Batam": "event"},
                     agencies=("Polda Maluku Utara",), modus=("sexual_exploitation",))
    assert not feature.dated and raid.dated and joined(raid, feature)
    # the same report with the date it names: days apart, it stays apart
    dated = report("weda-c", "2026-05-08",
                   "Tujuh perempuan diselamatkan polisi dari tempat hiburan, Jumat (8/5/2026). Sebanyak 7 korban kini "
                   "di rumah aman.", victims=7, places={"Kota Batam": "event"},
                   agencies=("Polda Maluku Utara",), modus=("sexual_exploitation",))
    assert not joined(raid, dated)


# Two groups stopped at one airport days apart, bound for different countries.

def test_groups_bound_for_different_countries_stay_apart() -> None:
    saudi = report("soetta-saudi", "2026-01-14",
                   "Polresta Bandara Soekarno-Hatta menetapkan UD tersangka. Ia mengantar 5 perempuan ke Riyadh.",
                   victims=5, places={"Bandara Internasional Kualanamu": "event", "Jawa Barat": "victims_origin"},
                   agencies=("Polresta Bandara Soekarno-Hatta",), destinations=("Saudi Arabia",))
    cambodia = report("soetta-kamboja", "2026-01-15",
                      "Imigrasi mencegah 3 warga yang akan dipekerjakan di perusahaan penipuan daring di Kamboja. "
                      "Mereka diserahkan ke Polresta Bandara Soekarno-Hatta.", victims=3,
                      places={"Bandara Internasional Kualanamu": "event", "Jawa Barat": "victims_origin"},
                      agencies=("Polresta Bandara Soekarno-Hatta",), destinations=("Cambodia", "Thailand"))
    assert not joined(saudi, cambodia)
    # the same people's route told as its transit leg by one report: one country in common, no penalty
    via = report("soetta-kamboja-2", "2026-01-15",
                 "Imigrasi mencegah 3 warga yang hendak terbang ke Bangkok. Mereka diserahkan ke Polresta Bandara "
                 "Soekarno-Hatta.", victims=3, places={"Bandara Internasional Kualanamu": "event",
                                                       "Jawa Barat": "victims_origin"},
                 agencies=("Polresta Bandara Soekarno-Hatta",), destinations=("Thailand",))
    assert joined(cambodia, via)


def test_a_part_arriving_with_the_others_joins_the_report_of_the_whole_group_and_is_placed_by_its_province() -> None:
    from pantau.incidents.build import build_incident

    whole = report("pulang-jabar", "2026-12-01",
                   "Tujuh warga Jawa Barat korban penipuan daring di Kamboja tiba di bandara. Empat korban berasal "
                   "dari Kabupaten Garut dan tiga dari Kabupaten Tasikmalaya.", victims=7,
                   places={"Jawa Barat": "victims_origin,agency_region", "Kabupaten Garut": "victims_origin",
                           "Kabupaten Tasikmalaya": "victims_origin"},
                   agencies=("BP3MI Jawa Barat",), modus=("online_scam",))
    part = report("pulang-tasik", "2026-12-02",
                  "Pemkab Tasikmalaya menerima tiga warganya korban penipuan daring di Kamboja. Ketiganya tiba "
                  "bersama empat warga Garut di bandara.", event_date="2026-12-01", victims=3,
                  places={"Kabupaten Tasikmalaya": "agency_region", "Kabupaten Garut": "victims_origin"},
                  agencies=("Pemkab Tasikmalaya",), modus=("online_scam",))
    assert part.wholes == {7} and joined(whole, part)
    incident = build_incident([whole, part])
    assert incident["place"]["name"] == "Jawa Barat" and incident["figures"]["victims"]["value"] == 7
    # negative: officers escorting a group make no larger group of victims
    escorted = report("pulang-tasik-2", "2026-12-02",
                      "Tiga warga Tasikmalaya korban penipuan daring di Kamboja tiba bersama dua petugas BP3MI.",
                      victims=3, places={"Kabupaten Tasikmalaya": "victims_origin"}, modus=("online_scam",))
    assert escorted.wholes == frozenset()


# A later report naming the first suspect and one caught later, whose kind of case is told only by the destination.

def test_a_later_arrest_naming_the_first_suspect_joins_through_a_shared_destination() -> None:
    arrest = report("myanmar-raid", "2026-09-10",
                    "Polres Garut menangkap perekrut berinisial EV yang mengirim lima pemuda ke Myanmar.",
                    victims=5, places={"Kabupaten Garut": "event"}, agencies=("Polres Garut",),
                    modus=("online_scam",), destinations=("Myanmar",))
    later = report("myanmar-second", "2026-09-30",
                   "Tiga korban jaringan perekrut EV tiba di Garut. Polisi menangkap tersangka kedua berinisial GP.",
                   victims=3, places={"Kabupaten Garut": "agency_region"}, agencies=("Polres Garut",),
                   modus=(), destinations=("Myanmar",))
    assert joined(arrest, later)
    elsewhere = report("saudi-second", "2026-09-30",
                       "Tiga korban jaringan perekrut EV tiba di Garut. Polisi menangkap tersangka kedua berinisial "
                       "GP.",
                       victims=3, places={"Kabupaten Garut": "agency_region"}, agencies=("Polres Garut",),
                       modus=(), destinations=("Saudi Arabia",))
    assert not joined(arrest, elsewhere)  # weeks later, no kind of case and no country in common


# Two reports of a group home from abroad, one by its regency and one by its province's office, both naming the
# victims' home regency.

def test_reports_told_from_the_victims_home_join_through_the_home_regency() -> None:
    arrival = report("kamboja-home-a", "2026-10-05",
                     "Tujuh warga Kabupaten Garut korban perdagangan orang di Kamboja tiba di Bandung.",
                     victims=7, places={"Kabupaten Garut": "victims_origin", "Jawa Barat": "agency_region"},
                     agencies=("BP3MI Jawa Barat",), modus=("online_scam",), destinations=("Cambodia",))
    recruiter = report("kamboja-home-b", "2026-10-07",
                       "Polda Jawa Barat memeriksa perekrut tujuh warga Garut yang dipekerjakan di Kamboja.",
                       victims=7, places={"Kabupaten Garut": "victims_origin", "Jawa Barat": "agency_region"},
                       agencies=("Polda Jawa Barat",), modus=("online_scam",), destinations=("Cambodia",))
    assert joined(arrival, recruiter)
    other_home = report("kamboja-home-c", "2026-10-07",
                        "Polda Jawa Barat memeriksa perekrut tujuh warga Tasikmalaya yang dipekerjakan di Kamboja.",
                        victims=7, places={"Kabupaten Tasikmalaya": "victims_origin", "Jawa Barat": "agency_region"},
                        agencies=("Polda Jawa Barat",), modus=("online_scam",), destinations=("Cambodia",))
    assert not joined(arrival, other_home)  # groups from other homes


# A suspect caught two weeks after his victims came home, the report telling the days since their homecoming.

def test_an_arrest_told_by_the_days_since_the_victims_came_home_joins_their_homecoming() -> None:
    home = report("garut-home-a", "2026-10-14",
                  "Pemkab Garut menyerahkan 9 warga korban perdagangan orang yang dipulangkan dari Kamboja.",
                  victims=9, places={"Kabupaten Garut": "victims_origin,agency_region"},
                  agencies=("Polres Garut",), modus=("online_scam",), destinations=("Cambodia",))
    arrest = report("garut-home-b", "2026-10-28",
                    "Satreskrim Polres Garut menetapkan IK sebagai tersangka perekrutan 9 warga. IK ditangkap, dua "
                    "pekan setelah para korban dipulangkan.", event_date="2026-10-26", victims=9,
                    places={"Kabupaten Garut": "agency_region"}, agencies=("Polres Garut",),
                    modus=("online_scam",), destinations=("Cambodia",))
    assert arrest.follows_up and joined(home, arrest)
    untold = report("garut-home-c", "2026-10-28",
                    "Satreskrim Polres Garut menetapkan IK sebagai tersangka perekrutan 9 warga.",
                    event_date="2026-10-26", victims=9, places={"Kabupaten Garut": "agency_region"},
                    agencies=("Polres Garut",), modus=("online_scam",), destinations=("Cambodia",))
    assert not joined(home, untold)  # twelve days apart, and nothing ties the arrest to that homecoming


# A verdict and a new raid by the same unit, told on the same day.

def test_a_verdict_of_named_defendants_and_a_raid_naming_no_one_stay_apart() -> None:
    verdict = report("bdg-verdict", "2026-11-10",
                     "Majelis hakim menjatuhkan vonis tujuh tahun kepada MA (33), terdakwa perdagangan orang yang "
                     "menjual dua remaja. MA ditangkap Polres Garut pada April.", event_date="2026-11-09", victims=2,
                     places={"Kabupaten Garut": "agency_region"}, agencies=("Polres Garut",),
                     modus=("sexual_exploitation",))
    raid = report("bdg-raid", "2026-11-10",
                  "Satreskrim Polres Garut menggerebek sebuah hotel yang diduga menjadi tempat prostitusi anak.",
                  event_date="2026-11-09", places={"Kabupaten Garut": "agency_region"}, agencies=("Polres Garut",),
                  modus=("sexual_exploitation",))
    assert verdict.court and not raid.court and not joined(verdict, raid)
    same_verdict = report("bdg-verdict-b", "2026-11-10",
                          "PN menjatuhkan vonis tujuh tahun penjara kepada terdakwa MA yang menjual dua remaja.",
                          event_date="2026-11-09", victims=2, places={"Kabupaten Garut": "agency_region"},
                          agencies=("Polres Garut",), modus=("sexual_exploitation",))
    assert joined(verdict, same_verdict)


def test_initials_after_a_ship_crews_noun_are_the_suspects() -> None:
    assert suspect_initials("Kejari menyatakan berkas perkara dua tersangka kasus penyaluran anak buah kapal, BT (52) "
                            "dan SN (31), telah lengkap.") == {"BT", "SN"}
    assert suspect_initials("Dua korban anak, AB (15) dan CD (16), diselamatkan.") == set()


def test_one_person_rescued_is_no_group_that_sets_the_victims_total() -> None:
    rep = report("one-rescued", "2026-09-18",
                 "Disduk-P3A memulangkan 3 warga yang diberangkatkan sponsor. Satu korban lain yang batal berangkat "
                 "sudah kembali ke keluarganya.", victims=3, places={"Kabupaten Garut": "victims_origin"},
                 parts={})
    rescued = {"role": "victims_rescued", "value": 1, "about_tppo": True, "scope": None,
               "evidence": {"start": rep.article["text"].find("Satu"), "end": len(rep.article["text"])}}
    again = make_report(rep.article, {**rep.record, "counts": [*rep.record["counts"], rescued]})
    assert again.value("victims") == 3


def test_a_count_the_source_updates_or_corrects_is_an_update() -> None:
    early = report("port-early", "2026-03-09", "Polres Asahan menurunkan sebelas calon PMI dari speedboat.",
                   victims=11, places={"Kabupaten Asahan": "event"}, agencies=("Polres Asahan",))
    for text in ("Polres Asahan memperbarui jumlah calon PMI yang diamankan pada Senin menjadi 13 orang.",
                 "Polres Asahan menyebut korban yang dicegah berjumlah 13 orang, bukan sebelas seperti informasi "
                 "awal."):
        later = report("port-later", "2026-03-10", text, victims=13, places={"Kabupaten Asahan": "event"},
                       agencies=("Polres Asahan",))
        assert later.updated == frozenset({"victims"})
        assert joined(early, later)
    plain = report("port-plain", "2026-03-10", "Polres Asahan mendata 13 calon PMI di pelabuhan.", victims=13,
                   places={"Kabupaten Asahan": "event"}, agencies=("Polres Asahan",))
    assert plain.updated == frozenset()


def test_the_same_district_and_count_days_apart_joins_a_report_naming_suspects() -> None:
    raid = report("shelter-raid", "2026-03-09", "Polisi menyelamatkan 23 perempuan dari penampungan di Sunggal.",
                  victims=23, places={"Kabupaten Deli Serdang": "event", "Kecamatan Sunggal": "event"})
    named = report("shelter-named", "2026-03-15", "Polda Sumut menetapkan dua pengelola penampungan di Sunggal "
                   "sebagai tersangka. Dari 23 korban, enam sempat dipekerjakan.", event_date="2026-03-15",
                   victims=23, places={"Kabupaten Deli Serdang": "event", "Kecamatan Sunggal": "event"},
                   agencies=("Polda Sumut",), modus=("forced_labor",))
    assert joined(raid, named)
    # negative: another district of the regency with the same count days later is another raid
    other = report("shelter-other", "2026-03-15", "Polda Sumut menetapkan dua pengelola penampungan di Pancur Batu "
                   "sebagai tersangka. Dari 23 korban, enam sempat dipekerjakan.", event_date="2026-03-15",
                   victims=23, places={"Kabupaten Deli Serdang": "event", "Kecamatan Pancur Batu": "event"},
                   agencies=("Polda Sumut",), modus=("forced_labor",))
    assert not joined(raid, other)


def test_a_sponsors_initials_name_a_suspect_and_a_company_form_does_not() -> None:
    assert suspect_initials("Tiga warga diberangkatkan secara ilegal oleh sponsor CS ke Arab Saudi.") == {"CS"}
    assert suspect_initials("Kegiatan sosialisasi itu didukung sponsor PT Maju Jaya.") == set()


# A city and the regency of its name: "PN Kupang" sits in Kota Kupang, yet its bare name reads as Kabupaten Kupang.

def test_a_city_and_the_regency_of_its_name_are_one_place_for_grouping() -> None:
    verdict = report("vonis-kupang-a", "2026-10-20",
                     "Pengadilan Negeri Kupang memvonis MB delapan tahun penjara karena mengirim 4 perempuan ke "
                     "Malaysia. MB menampung korban di rumahnya di Kota Kupang.", victims=4,
                     places={"Kota Kupang": "event,agency_region",
                             "Kabupaten Timor Tengah Selatan": "victims_origin"},
                     agencies=("Pengadilan Negeri Kupang",), destinations=("Malaysia",))
    retold = report("vonis-kupang-b", "2026-10-21",
                    "Pengadilan Negeri Kupang memvonis MB dalam perkara TPPO yang menjerat 4 perempuan pekerja "
                    "migran.", victims=4,
                    places={"Kabupaten Kupang": "agency_region", "Nusa Tenggara Timur": "victims_origin"},
                    agencies=("Pengadilan Negeri Kupang",), destinations=("Malaysia",))
    assert joined(verdict, retold)
    # negative: the same court's verdict on another defendant the next day stays apart
    other = report("vonis-lain", "2026-10-21",
                   "Pengadilan Negeri Kupang memvonis YT dalam perkara TPPO yang menjerat 4 perempuan pekerja "
                   "migran.", victims=4,
                   places={"Kabupaten Kupang": "agency_region", "Nusa Tenggara Timur": "victims_origin"},
                   agencies=("Pengadilan Negeri Kupang",), destinations=("Malaysia",))
    assert not joined(verdict, other)


def test_suspects_named_in_the_case_of_a_sending_told_as_last_weeks_join_it() -> None:
    stopped = report("langsa-stopped", "2026-08-12",
                     "Polres Langsa mengamankan 9 calon pekerja migran di Pelabuhan Kuala Langsa. Mereka hendak "
                     "diseberangkan ke Malaysia.", victims=9, places={"Kota Langsa": "event"},
                     agencies=("Polres Langsa",))
    named = report("langsa-named", "2026-08-19",
                   "Penyidik Polres Langsa menetapkan dua tersangka dalam kasus pengiriman 9 calon pekerja migran "
                   "ilegal melalui Pelabuhan Kuala Langsa pekan lalu.", victims=9, suspects=2,
                   places={"Kota Langsa": "event"}, agencies=("Polres Langsa",))
    assert named.follows_up and joined(stopped, named)
    # negative: a case of another number of people is another sending
    other = report("langsa-other", "2026-08-19",
                   "Penyidik Polres Langsa menetapkan dua tersangka dalam kasus pengiriman 15 calon pekerja migran "
                   "ilegal melalui Pelabuhan Kuala Langsa pekan lalu.", victims=15, suspects=2,
                   places={"Kota Langsa": "event"}, agencies=("Polres Langsa",))
    assert not joined(stopped, other)
