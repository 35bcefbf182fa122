"""modelsearch's Elasticsearch-family backends, analysing text like the database does.

The words of the index are prepared in Python (core.text): Chinese arrives cut
into words separated by spaces, other languages stemmed or normalised. The
engines' stock analysers would undo that (the standard tokenizer splits Chinese
into single characters, so ``数字`` would match any page holding 数 and 字), so
every text field and autocompletion query here splits on non-word characters
only and lower-cases, as SQLite FTS5 and PostgreSQL's "simple" configuration do.
"""

from copy import deepcopy

from modelsearch.utils import deep_update

WORDS = {"type": "custom", "tokenizer": "casebook_words", "filter": ["lowercase"]}
ANALYSIS = {
    "settings": {
        "analysis": {
            "tokenizer": {
                "casebook_words": {
                    "type": "pattern",
                    "pattern": r"\W+",
                    "flags": "UNICODE_CHARACTER_CLASS",
                }
            },
            "analyzer": {
                "default": WORDS,
                "casebook_words": WORDS,
                "edgengram_analyzer": {**WORDS, "filter": ["lowercase", "edgengram"]},
                "ngram_analyzer": {**WORDS, "filter": ["lowercase", "ngram"]},
            },
        }
    }
}


def with_word_analysis(backend_class):
    """``backend_class`` with the analysers above, for indexing and for queries."""

    class Mapping(backend_class.mapping_class):
        edgengram_analyzer_config = {
            "analyzer": "edgengram_analyzer",
            "search_analyzer": "casebook_words",
        }

    class SearchBackend(backend_class):
        mapping_class = Mapping
        settings = deep_update(deepcopy(backend_class.settings), ANALYSIS)

    return SearchBackend
