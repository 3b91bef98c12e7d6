"""Doc extensions that Pantau's pipeline components fill in.

Each component writes its facts in the extraction contract's shape (see
``../shared/eval/README.md``), with ``evidence`` as character offsets of the
supporting sentence in ``doc.text``. Registering is idempotent.
"""

from __future__ import annotations

from spacy.tokens import Doc

# name -> default factory; lists are created per Doc by the getter-less default below.
DOC_FIELDS: dict[str, object] = {
    "article_id": None,  # the input article's id
    "title": None,  # the article's title (not part of doc.text)
    "published": None,  # the article's publication date, YYYY-MM-DD or None
    "locations": None,  # list of {name, level, province, code, evidence}
    "agencies": None,  # list of {name, type, canonical, evidence}; canonical: the full name ("Kementerian Sosial")
    "counts": None,  # list of {role, value, about_tppo, scope, evidence}
    "destinations": None,  # list of {name, evidence}; the record keeps the names
    "modus": None,  # list of {label, evidence}; the record keeps the labels
    "relevant": None,  # bool
    "relevance_score": None,  # float 0..1
    "event_type": None,  # incident | statistics | coordination | prevention | other
    "event_date": None,  # YYYY-MM-DD or None
    "tppo_sentences": None,  # list of (start, end) of sentences that speak of trafficking
}


def register_extensions() -> None:
    """Register every ``doc._`` field Pantau uses (safe to call many times)."""
    for name, default in DOC_FIELDS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


def sentence_evidence(doc: Doc, char_start: int, char_end: int | None = None) -> dict[str, int]:
    """The evidence offsets of the sentence holding the characters ``char_start``..``char_end``."""
    from nlp.language import sentences_of

    sentences = sentences_of(doc)
    if not 0 <= char_start < len(sentences.text):
        return {"start": char_start, "end": char_end if char_end is not None else char_start}
    return sentences.evidence_at(char_start)
