"""A Hugging Face checkpoint from a local path, merged with the rules. Factory ``pantau_transformer``.

Configured by ``PANTAU_HF_MODEL`` (or ``load_pipeline(overrides={"transformer.model_path": ...})``); when not
configured the component is not in the pipeline at all. Nothing is downloaded: every load uses
``local_files_only=True``. Two kinds of checkpoint are understood, told apart by the model's architecture:

- **token classification** (an Indonesian NER model): spans tagged as places (``LOC``, ``LOCATION``, ``PLACE``,
  ``PLC``, ``GPE``) are resolved through :func:`nlp.regions.find_region`; regions the gazetteer rules missed are
  added to ``doc._.locations`` with their sentence as evidence;
- **sequence classification** (a relevance model): the probability of the relevant label (``relevant``,
  ``tppo``, ``trafficking``, ``positive``, ``LABEL_1``/``1``) on the title and lead is blended into
  ``doc._.relevance_score`` as ``(1 - blend) * rules + blend * model``; ``doc._.relevant`` follows the threshold.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

import nlp.extensions  # noqa: F401  (registers doc._ fields)
from nlp.language import sentences_of, text_of

PLACE_LABELS = {"LOC", "LOCATION", "PLACE", "PLC", "GPE"}
_SPAN_EDGES = " \t\n.,;:!?()[]\"'“”"
RELEVANT_LABELS = {"relevant", "tppo", "trafficking", "positive", "pos", "label_1", "1", "yes", "true"}


class TransformerComponent:
    """Runs a local token- or sequence-classification checkpoint and merges its output with the rules."""

    def __init__(self, model_path: str, blend: float = 0.5, threshold: float = 0.5, max_length: int = 256,
                 lead_chars: int = 2000) -> None:
        import torch  # noqa: F401  (fail early with a clear ImportError when transformers is not installed)
        from transformers import AutoConfig, AutoTokenizer

        path = Path(model_path)
        if not path.is_dir():
            raise ValueError(f"PANTAU_HF_MODEL: {model_path} is not a local model directory")
        self.config = AutoConfig.from_pretrained(path, local_files_only=True)
        architectures = " ".join(self.config.architectures or [])
        self.task = "token" if "TokenClassification" in architectures else "sequence"
        self.tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        if self.task == "token":
            from transformers import AutoModelForTokenClassification as model_class
        else:
            from transformers import AutoModelForSequenceClassification as model_class
        self.model = model_class.from_pretrained(path, local_files_only=True)
        self.model.eval()
        self.blend, self.threshold, self.max_length, self.lead_chars = blend, threshold, max_length, lead_chars
        labels = {int(i): str(label) for i, label in self.config.id2label.items()}
        self.id2label = labels
        self.relevant_index = next(
            (i for i, label in labels.items() if label.lower() in RELEVANT_LABELS), max(labels) if labels else 0
        )

    def __call__(self, doc: Doc) -> Doc:
        if not text_of(doc).strip():
            return doc
        if self.task == "token":
            self._merge_places(doc)
        else:
            self._blend_relevance(doc)
        return doc

    # ---------------------------------------------------------------- sequence classification

    def relevance_probability(self, text: str) -> float:
        """The model's probability that ``text`` is about trafficking."""
        import torch

        encoded = self.tokenizer(text, truncation=True, max_length=self.max_length, return_tensors="pt")
        with torch.no_grad():
            logits = self.model(**encoded).logits[0]
        return float(torch.softmax(logits, dim=-1)[self.relevant_index])

    def _blend_relevance(self, doc: Doc) -> None:
        title = doc._.title or ""
        probability = self.relevance_probability((title + "\n" + text_of(doc)[: self.lead_chars]).strip())
        rules = float(doc._.relevance_score if doc._.relevance_score is not None else probability)
        score = (1.0 - self.blend) * rules + self.blend * probability
        doc._.relevance_score = score
        doc._.relevant = score >= self.threshold

    # ---------------------------------------------------------------- token classification

    def place_spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans the model tags as places (B-/I- tags joined)."""
        import torch

        encoded = self.tokenizer(text, truncation=True, max_length=self.max_length, return_offsets_mapping=True,
                                 return_tensors="pt")
        offsets = encoded.pop("offset_mapping")[0].tolist()
        with torch.no_grad():
            predictions = self.model(**encoded).logits[0].argmax(-1).tolist()
        spans: list[tuple[int, int]] = []
        for (start, end), label_id in zip(offsets, predictions, strict=False):
            if start == end:
                continue
            label = self.id2label.get(label_id, "O")
            prefix, _, kind = label.partition("-") if "-" in label else ("B", "", label)
            if kind.upper() not in PLACE_LABELS:
                continue
            joins = spans and (prefix == "I" or start <= spans[-1][1] + 1) and start - spans[-1][1] <= 1
            if joins:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        return spans

    def _merge_places(self, doc: Doc) -> None:
        from nlp.regions import find_region

        sentences = sentences_of(doc)
        locations: list[dict[str, Any]] = list(doc._.locations or [])
        known = {location.get("code") for location in locations}
        for sent_start, sent_end in sentences.spans:
            for start, end in self.place_spans(sentences.text[sent_start:sent_end]):
                region = find_region(sentences.text[sent_start + start : sent_start + end].strip(_SPAN_EDGES))
                if region is None or region.code in known:
                    continue
                known.add(region.code)
                locations.append({
                    "name": region.name, "level": region.level, "province": region.province, "code": region.code,
                    "evidence": {"start": sent_start, "end": sent_end},
                })
        doc._.locations = locations


@Language.factory(
    "pantau_transformer",
    assigns=["doc._.locations", "doc._.relevance_score", "doc._.relevant"],
    requires=["token.is_sent_start", "doc._.locations", "doc._.relevance_score"],
    default_config={"model_path": "", "blend": 0.5, "threshold": 0.5, "max_length": 256, "lead_chars": 2000},
)
def make_transformer_component(nlp: Language, name: str, model_path: str, blend: float, threshold: float,
                               max_length: int, lead_chars: int) -> TransformerComponent:
    """Factory for ``nlp.add_pipe("pantau_transformer", config={"model_path": ...})``."""
    return TransformerComponent(model_path, blend=blend, threshold=threshold, max_length=max_length,
                                lead_chars=lead_chars)


__all__ = ["TransformerComponent", "make_transformer_component"]
