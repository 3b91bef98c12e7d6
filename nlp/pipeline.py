"""Build Pantau's extraction pipeline from ``nlp/config.cfg``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import load_config, load_model_from_config

CONFIG_PATH = Path(__file__).with_name("config.cfg")
HF_MODEL_ENV = "PANTAU_HF_MODEL"


def load_pipeline(config_path: Path | str | None = None, overrides: dict[str, Any] | None = None) -> Language:
    """The pipeline described by ``config_path`` (default ``nlp/config.cfg``).

    ``overrides`` are dotted config keys (``{"components.pantau_relevance.threshold": 0.6}``); the special key
    ``"transformer.model_path"`` (or the env var ``PANTAU_HF_MODEL``) adds the transformers component, which
    reads a local Hugging Face checkpoint. Without it the component is absent and costs nothing.
    """
    import nlp.components  # noqa: F401  (registers the factories)
    import nlp.language  # noqa: F401  (registers the tokenizer)

    settings = dict(overrides or {})
    transformer_settings = {
        key.split(".", 1)[1]: settings.pop(key) for key in list(settings) if key.startswith("transformer.")
    }
    model_path = transformer_settings.pop("model_path", None) or os.environ.get(HF_MODEL_ENV) or None
    config = load_config(Path(config_path or CONFIG_PATH), overrides=settings, interpolate=False)
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    if model_path:
        nlp.add_pipe(
            "pantau_transformer",
            after="pantau_relevance",
            config={"model_path": str(model_path), **transformer_settings},
        )
    return nlp


class ComponentsOnly:
    """Some components of the shared pipeline (``nlp.get_pipeline()``), run alone: for tests and debugging."""

    def __init__(self, *names: str) -> None:
        self.names = names

    def make_doc(self, text: str) -> Doc:
        from nlp import get_pipeline

        return get_pipeline().make_doc(text)

    def __call__(self, text_or_doc: str | Doc) -> Doc:
        from nlp import get_pipeline

        pipeline = get_pipeline()
        doc = pipeline.make_doc(text_or_doc) if isinstance(text_or_doc, str) else text_or_doc
        for name in self.names:
            doc = pipeline.get_pipe(name)(doc)
        return doc
