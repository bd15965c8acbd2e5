"""thaikg: a knowledge graph of officials, agencies and cooperation programmes from Thai government news.

The pipeline runs one module per step, data flowing one way:
ingest → extract → resolve → graph (→ validate, store) → analyse → show.
:mod:`kg.pipeline` is the one module that knows the order.
"""

__version__ = "0.1.0"
