from modelsearch.backends import elasticsearch9

from search.engines import with_word_analysis
from search.engines.queued import QueuedWrites


class SearchBackend(QueuedWrites, with_word_analysis(elasticsearch9.SearchBackend)):
    pass
