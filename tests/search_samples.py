"""Sample articles with contract records, for search tests and the search benchmark.

The records are written by hand, following the extraction contract (``shared/eval/README.md``): each fact names
its evidence sentence, and :func:`record_for` turns the sentence into character offsets in the article text.
:func:`varied_corpus` makes any number of distinct (article, record) pairs by varying places, dates and numbers.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pantau.store import Store

SAMPLES: list[dict[str, Any]] = [
    {
        "article": {
            "id": "sample-ginjal", "url": "https://berita.example/ginjal-bekasi", "source": "berita.example",
            "title": "Polda Jabar bongkar sindikat jual ginjal jaringan Kamboja",
            "published": "2025-03-04T10:00:00+07:00",
            "text": "Polda Jawa Barat membongkar sindikat perdagangan ginjal di Kabupaten Bekasi. "
                    "Sebanyak 12 korban dikirim ke Kamboja untuk menjalani operasi pengambilan ginjal. "
                    "Polisi menetapkan tiga tersangka dalam kasus TPPO ini. "
                    "Korban dijanjikan uang Rp135 juta.",
        },
        "relevant": True, "event_type": "incident", "event_date": "2025-03-03", "modus": ["organ_trafficking"],
        "destinations": ["Cambodia"],
        "locations": [("Jawa Barat", "province", "Jawa Barat", "32", 0), ("Kabupaten Bekasi", "regency", "Jawa Barat",
                                                                         "32.16", 0)],
        "agencies": [("Polda Jawa Barat", "police", 0)],
        "counts": [("victims", 12, True, 1), ("suspects", 3, True, 2)],
    },
    {
        "article": {
            "id": "sample-scam", "url": "https://kabar.example/wni-kamboja", "source": "kabar.example",
            "title": "Puluhan WNI korban penipuan online dipulangkan dari Kamboja",
            "published": "2025-05-20",
            "text": "Sebanyak 20 warga asal Sulawesi Utara dipulangkan dari Kamboja. "
                    "Mereka dipaksa bekerja sebagai operator penipuan online di sebuah kompleks judi. "
                    "BP2MI mendampingi para korban saat tiba di Kota Manado.",
        },
        "relevant": True, "event_type": "incident", "event_date": "2025-05-19", "modus": ["online_scam"],
        "destinations": ["Cambodia"],
        "locations": [("Sulawesi Utara", "province", "Sulawesi Utara", "71", 0),
                      ("Kota Manado", "city", "Sulawesi Utara", "71.71", 2)],
        "agencies": [("BP2MI", "migrant_worker_agency", 2)],
        "counts": [("victims", 20, True, 0)],
    },
    {
        "article": {
            "id": "sample-pmi", "url": "https://kepri.example/pmi-batam", "source": "kepri.example",
            "title": "Polda Kepri gagalkan pengiriman pekerja migran ilegal ke Malaysia",
            "published": "2025-06-11T08:15:00+07:00",
            "text": "Polda Kepulauan Riau menggagalkan pengiriman 15 calon pekerja migran ilegal di Kota Batam. "
                    "Para korban akan diberangkatkan ke Malaysia melalui pelabuhan tikus. "
                    "Dua orang perekrut ditetapkan sebagai tersangka.",
        },
        "relevant": True, "event_type": "incident", "event_date": "2025-06-10", "modus": ["migrant_worker"],
        "destinations": ["Malaysia"],
        "locations": [("Kepulauan Riau", "province", "Kepulauan Riau", "21", 0),
                      ("Kota Batam", "city", "Kepulauan Riau", "21.71", 0)],
        "agencies": [("Polda Kepulauan Riau", "police", 0)],
        "counts": [("victims_rescued", 15, True, 0), ("suspects", 2, True, 2)],
    },
    {
        "article": {
            "id": "sample-psk", "url": "https://ntb.example/mataram-psk", "source": "ntb.example",
            "title": "Remaja dijual sebagai PSK di Mataram, mucikari ditangkap",
            "published": "2025-06-28",
            "text": "Unit PPA Polresta Mataram menangkap seorang mucikari berinisial AS (35). "
                    "Korban berinisial DN (16) dijual sebagai pekerja seks di sebuah hotel di Kota Mataram. "
                    "Kasus ini ditangani sebagai tindak pidana perdagangan orang.",
        },
        "relevant": True, "event_type": "incident", "event_date": "2025-06-27",
        "modus": ["sexual_exploitation", "child_exploitation"], "destinations": [],
        "locations": [("Kota Mataram", "city", "Nusa Tenggara Barat", "52.71", 1)],
        "agencies": [("Polresta Mataram", "police", 0), ("Unit PPA Polresta Mataram", "police", 0)],
        "counts": [("suspects", 1, True, 0), ("victims", 1, True, 1), ("victims_child", 1, True, 1)],
    },
    {
        "article": {
            "id": "sample-narkoba", "url": "https://kota.example/narkoba", "source": "kota.example",
            "title": "Polisi ungkap perdagangan narkoba di Kota Jambi",
            "published": "2025-04-02",
            "text": "Polresta Jambi mengungkap perdagangan narkoba jenis sabu di Kota Jambi. "
                    "Tiga orang diamankan bersama barang bukti.",
        },
        "relevant": False, "event_type": "other", "event_date": "2025-04-01", "modus": [], "destinations": [],
        "locations": [("Kota Jambi", "city", "Jambi", "15.71", 0)],
        "agencies": [("Polresta Jambi", "police", 0)],
        "counts": [("arrests", 3, False, 1)],
    },
    {
        "article": {
            "id": "sample-statistik", "url": "https://nasional.example/statistik-tppo", "source": "nasional.example",
            "title": "Kementerian PPPA catat ratusan kasus TPPO sepanjang 2024",
            "published": "2025-01-15",
            "text": "Kementerian PPPA mencatat 312 kasus tindak pidana perdagangan orang sepanjang 2024. "
                    "Sebagian besar korban adalah perempuan dan anak.",
        },
        "relevant": True, "event_type": "statistics", "event_date": "2025-01-14", "modus": [], "destinations": [],
        "locations": [],
        "agencies": [("Kementerian PPPA", "ministry", 0)],
        "counts": [("cases", 312, True, 0)],
    },
]


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for index, char in enumerate(text):
        if char in ".!?" and (index + 1 == len(text) or text[index + 1] == " "):
            spans.append((start, index + 1))
            start = index + 2
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def record_for(sample: dict[str, Any], article: dict[str, Any] | None = None) -> dict[str, Any]:
    """The contract record of a sample; evidence sentence numbers become offsets in the article text."""
    article = article or sample["article"]
    spans = _sentences(article["text"])

    def evidence(number: int) -> dict[str, int]:
        start, end = spans[number]
        return {"start": start, "end": end}

    return {
        "id": article["id"],
        "relevant": sample["relevant"],
        "relevance_score": 0.9 if sample["relevant"] else 0.1,
        "event_type": sample["event_type"],
        "event_date": sample["event_date"],
        "locations": [{"name": n, "level": lv, "province": p, "code": c, "evidence": evidence(s)}
                      for n, lv, p, c, s in sample["locations"]],
        "destinations": list(sample["destinations"]),
        "agencies": [{"name": n, "type": t, "evidence": evidence(s)} for n, t, s in sample["agencies"]],
        "counts": [{"role": r, "value": v, "about_tppo": a, "scope": None, "evidence": evidence(s)}
                   for r, v, a, s in sample["counts"]],
        "modus": list(sample["modus"]),
    }


def sample_pairs() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The hand-written (article, record) pairs."""
    return [(dict(sample["article"]), record_for(sample)) for sample in SAMPLES]


def varied_corpus(count: int, seed: int = 7) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """``count`` distinct (article, record) pairs: the samples with other places, dates, numbers and ids."""
    from nlp.regions import all_regions

    rng = random.Random(seed)
    regions = [r for r in all_regions() if r.level in ("regency", "city")]
    for number in range(count):
        sample = SAMPLES[number % len(SAMPLES)]
        region = rng.choice(regions)
        old_place = sample["locations"][-1] if sample["locations"] else None
        text = sample["article"]["text"]
        title = sample["article"]["title"]
        if old_place:
            text = text.replace(old_place[0], region.name)
            title = title.replace(old_place[0], region.name)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        year = rng.choice((2023, 2024, 2025))
        victims = rng.randint(1, 60)
        text = text.replace(str(sample["counts"][0][1]), str(victims), 1)
        text += f" Laporan nomor {number} dari {region.name}."
        article = {**sample["article"], "id": f"bench-{number:07d}", "url": f"https://bench.example/{number}",
                   "title": title, "text": text, "published": f"{year}-{month:02d}-{day:02d}"}
        varied = dict(sample)
        if old_place:
            locations = [loc for loc in sample["locations"] if loc[1] == "province"]
            if locations:
                locations = [(region.province, "province", region.province, region.province_code, locations[0][4])]
            varied["locations"] = [*locations, (region.name, region.level, region.province, region.code,
                                                old_place[4])]
        role, _, about, sentence = sample["counts"][0]
        varied["counts"] = [(role, victims, about, sentence), *sample["counts"][1:]]
        varied["event_date"] = f"{year}-{month:02d}-{day:02d}"
        yield article, record_for(varied, article)


def store_pairs(store: Store, pairs: list[tuple[dict[str, Any], dict[str, Any]]], version: str = "samples") -> None:
    """Put (article, record) pairs in ``store``, as crawling and extraction would."""
    for article, _ in pairs:
        store.upsert_article(article)
    store.save_records([record for _, record in pairs], version)
