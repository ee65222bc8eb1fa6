"""analysis layer: contact logs, metrics, Erlang C and A.

polars allocates through its own jemalloc, which by default keeps freed pages for seconds in
eight arenas per core, so after a year-long import the app would go on holding the import's
peak. One arena, and a background thread handing pages back after 100 ms, cut the peak of
import plus evidence by about a quarter at no measurable cost in time
(benchmarks/import_evidence.py). It must be set before polars is first imported; a setting
already in the environment wins.
"""

import os

os.environ.setdefault(
    "_RJEM_MALLOC_CONF",
    "background_thread:true,dirty_decay_ms:100,muzzy_decay_ms:0,narenas:1",
)
