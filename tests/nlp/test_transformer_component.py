"""The transformers component, end to end with tiny randomly initialised checkpoints built here.

The classifier head's bias is set so that the prediction is known (every token a place, or the text relevant
or not); everything else (local loading, tokenization with offsets, span joining, region lookup, blending) runs
for real.
"""

from __future__ import annotations

from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

import nlp  # noqa: E402
from nlp.components.transformer import TransformerComponent  # noqa: E402
from nlp.pipeline import HF_MODEL_ENV, load_pipeline  # noqa: E402

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "polres", "kukar", "korban", "cuaca", "cerah", ".", ","]


def save_tiny_model(directory: Path, kind: str, favoured_label: int) -> Path:
    """A 1-layer BERT with a WordPiece tokenizer, whose head always predicts ``favoured_label``."""
    from transformers import BertConfig, BertForSequenceClassification, BertForTokenClassification, BertTokenizerFast

    directory.mkdir(parents=True, exist_ok=True)
    (directory / "vocab.txt").write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    tokenizer = BertTokenizerFast(vocab_file=str(directory / "vocab.txt"), do_lower_case=True)
    labels = ["O", "B-LOC", "I-LOC"] if kind == "token" else ["irrelevant", "relevant"]
    config = BertConfig(
        vocab_size=len(VOCAB), hidden_size=16, num_hidden_layers=1, num_attention_heads=2, intermediate_size=32,
        max_position_embeddings=64, num_labels=len(labels), id2label=dict(enumerate(labels)),
        label2id={label: i for i, label in enumerate(labels)},
    )
    torch.manual_seed(0)
    model = (BertForTokenClassification if kind == "token" else BertForSequenceClassification)(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.fill_(-10.0)
        model.classifier.bias[favoured_label] = 10.0
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hf")


@pytest.fixture(scope="module")
def rules():
    return nlp.get_pipeline()


def test_absent_when_not_configured(rules, monkeypatch):
    monkeypatch.delenv(HF_MODEL_ENV, raising=False)
    if "pantau_transformer" in rules.pipe_names:
        pytest.skip("this process was started with PANTAU_HF_MODEL set")
    assert "pantau_transformer" not in rules.pipe_names
    assert "pantau_semantic" in rules.pipe_names  # the learned component of the default install is always there


def test_token_classifier_adds_places_through_the_region_table(model_dir):
    path = save_tiny_model(model_dir / "ner-loc", "token", favoured_label=1)
    nlp = load_pipeline(overrides={"transformer.model_path": str(path)})
    assert "pantau_transformer" in nlp.pipe_names
    doc = nlp.make_doc("Kukar.")
    nlp.get_pipe("sentencizer")(doc)
    doc._.locations = []
    nlp.get_pipe("pantau_transformer")(doc)
    assert [(loc["name"], loc["code"], loc["evidence"]) for loc in doc._.locations] == [
        ("Kabupaten Kutai Kartanegara", "64.02", {"start": 0, "end": 6})
    ]


def test_token_classifier_predicting_nothing_adds_nothing(model_dir, rules):
    component = TransformerComponent(str(save_tiny_model(model_dir / "ner-none", "token", favoured_label=0)))
    doc = rules("Cuaca cerah. Polres menangkap korban.")
    before = list(doc._.locations)
    assert component(doc)._.locations == before


def test_sequence_classifier_blends_into_the_relevance_score(model_dir, rules):
    text = "Cuaca cerah sepanjang hari di pantai."
    rules_only = rules(text)._.relevance_score
    assert rules_only < 0.5
    relevant = TransformerComponent(str(save_tiny_model(model_dir / "rel-yes", "sequence", favoured_label=1)))
    blended = relevant(rules(text))
    assert blended._.relevance_score == pytest.approx(0.5 * rules_only + 0.5, abs=1e-3)
    assert blended._.relevant is True
    irrelevant = TransformerComponent(str(save_tiny_model(model_dir / "rel-no", "sequence", favoured_label=0)),
                                      blend=0.8)
    lowered = irrelevant(rules(text))
    assert lowered._.relevance_score == pytest.approx(0.2 * rules_only, abs=1e-3)
    assert lowered._.relevant is False


def test_missing_directory_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="not a local model directory"):
        load_pipeline(overrides={"transformer.model_path": str(tmp_path / "nowhere")})
