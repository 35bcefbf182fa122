from search.opensearch_client import import_opensearch_client

import_opensearch_client()

from modelsearch.backends import opensearch2  # noqa: E402 - needs the client loaded first

from search.engines import with_word_analysis  # noqa: E402
from search.engines.queued import QueuedWrites  # noqa: E402


class SearchBackend(QueuedWrites, with_word_analysis(opensearch2.SearchBackend)):
    pass
